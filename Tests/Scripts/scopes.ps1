# scopes: child scopes read parent variables but assignments stay local
$x = 1
function Show-X { "read x=$x" }
Show-X
function Set-X { $x = 2; "local x=$x" }
Set-X
"x still $x"
function Set-ScriptX { $script:x = 3 }
Set-ScriptX
"script x=$x"
function Set-GlobalY { $global:y = 'g' }
Set-GlobalY
"global y=$global:y"
"y=$y"
function Add-Count { $script:count++ }
$count = 0
Add-Count; Add-Count; Add-Count
"count=$count"
function Outer { $z = 'outer-z'; function Inner { "inner sees $z" }; Inner }
Outer
$local:w = 5
"w=$w"
