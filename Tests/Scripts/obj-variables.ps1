# Get-, Set-, Clear- and Remove-Variable with scopes, wildcards and read-only variables
Set-Variable -Name answer -Value 42
$answer
sv greeting 'hi'
(Get-Variable greeting).Value
Get-Variable -Name answer -ValueOnly
$g = Get-Variable answer
$g.Name
$g.pstypenames[0]
(Get-Variable -Name 'ans*', 'gree*').Name -join ','
Clear-Variable answer
$null -eq $answer
Remove-Variable greeting
$null -eq (Get-Variable greeting -ErrorAction SilentlyContinue)
function Test-Scope { Set-Variable inner 1; Set-Variable outer 2 -Scope Global; Set-Variable s 3 -Scope 1 }
Test-Scope
"[$inner] $outer $s"
Set-Variable fixed 1 -Option ReadOnly
Set-Variable fixed 2 -ErrorAction SilentlyContinue
$fixed
Set-Variable fixed 3 -Force
$fixed
1, 2, 3 | Set-Variable piped
$piped.Count
