# data-json-array-input: pipeline input is collected into one array; -AsArray wraps a single object
1, 2, 3 | ConvertTo-Json -Compress
'only' | ConvertTo-Json
'only' | ConvertTo-Json -AsArray
ConvertTo-Json -InputObject @(1, 'a') -Compress
@() | ConvertTo-Json
'after empty input'
$null | ConvertTo-Json
