# automatic-vars: $true/$false/$null, $args, $?, $PSItem and script paths
$true
$false
$null
'after null'
$args.Count
$?
function Test-Args { "got $($args.Count): $($args[1])" }
Test-Args one two three
1..2 | ForEach-Object { $PSItem * 3 }
$PSVersionTable.PSVersion.Major -ge 7
$MyInvocation.MyCommand.Name
$PSCommandPath
"$PSScriptRoot/automatic-vars.ps1" -eq $PSCommandPath
