# array-unary-comma: unary comma wraps a value in a one-element array
$x = ,5
$x.Count
$x.GetType().Name
$y = ,(1, 2, 3)
$y.Count
$y[0].Count
$z = @(,@(1, 2))
$z.Count
function Get-Wrapped { ,@(1, 2, 3) }
function Get-Plain { @(1, 2, 3) }
@(Get-Wrapped).Count
@(Get-Plain).Count
Get-Wrapped | ForEach-Object { "got $($_.Count)" }
Get-Plain | ForEach-Object { "got $_" }
foreach ($item in ,(1, 2)) { "item has $($item.Count)" }
