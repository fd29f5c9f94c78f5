# data-json-hashtable: -AsHashtable gives ordered hashtables (OrderedHashtable, a Hashtable); top-level arrays are enumerated unless -NoEnumerate
$h = '{"b":1,"a":{"c":[1,2]}}' | ConvertFrom-Json -AsHashtable
$h.Keys -join ','
$h['a']['c'] -join '+'
'[[1,2],[3]]' | ConvertFrom-Json | ForEach-Object { "item: $($_ -join ',')" }
'[[1,2],[3]]' | ConvertFrom-Json -NoEnumerate | ForEach-Object { "count: $($_.Count)" }
'{"Name":"a"}', '{"Name":"b"}' | ConvertFrom-Json | ForEach-Object Name
'{', '"Name": "joined"', '}' | ConvertFrom-Json | ForEach-Object Name
$h.GetType().FullName
$h -is [hashtable]
