# data-json-roundtrip: ConvertFrom-Json keeps property order and JSON types; ConvertTo-Json writes it back
$json = '{"name":"web01","ports":[80,443],"owner":{"team":"ops","oncall":true},"ratio":0.5,"note":null}'
$o = $json | ConvertFrom-Json
$o.name
$o.ports[1]
$o.owner.team
$o.ports[0].GetType().Name
$o.ratio.GetType().Name
$o.owner.oncall.GetType().Name
$null -eq $o.note
$o | ConvertTo-Json -Compress
$o | ConvertTo-Json -Depth 1
$when = ('{"when":"2024-01-15T10:30:00"}' | ConvertFrom-Json).when
$when.GetType().Name
$when.Hour
