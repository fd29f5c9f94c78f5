# data-command-alias: Get-Command reports an alias's type and target, and a cmdlet's module and version
$gc = Get-Command gc
$gc.CommandType
$gc.Name
$gc.Definition
$gc.DisplayName
(Get-Command Get-Content).Source
(Get-Command Get-Content).CommandType
(Get-Command ConvertTo-Json).Version
Get-Command no-such-command -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
