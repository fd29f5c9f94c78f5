# logical-ops: truthiness, short-circuit and equal precedence of -and/-or
$true -and $false
$true -or $false
$true -xor $true
-not $true
!$false
$true -or $false -and $false
$true -or ($false -and $false)
[bool]''
[bool]'False'
[bool]'0'
[bool]0
[bool]$null
[bool]@()
[bool]@(0)
[bool]@(0, 0)
[bool]@{}
$false -and (Write-Host 'not printed')
$true -or (Write-Host 'not printed')
if ('text') { 'non-empty string is true' }
if (-not 0) { 'zero is false' }
