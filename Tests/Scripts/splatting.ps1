# splatting: hashtable (named) and array (positional) splatting
function Show-Args { param($Name, $Count = 1, [switch]$Loud) "$Name x$Count loud=$($Loud.IsPresent)" }
$h = @{ Name = 'box'; Count = 3 }
Show-Args @h
$h2 = @{ Name = 'cup'; Loud = $true }
Show-Args @h2
$a = 'pen', 5
Show-Args @a
function Show-Rest { "count $($args.Count): $($args -join ',')" }
$list = 1, 2, 3
Show-Rest @list
