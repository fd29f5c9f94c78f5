# bind-boolean: a [bool] or [switch] parameter takes Booleans and numbers only; a string is refused whatever it says, so -Enabled 'False' never creates an enabled account
function Test-Flag([bool]$Flag, [switch]$On) { '{0} {1}' -f $Flag, $On }
Test-Flag
Test-Flag -Flag $true -On
Test-Flag -Flag 0 -On:0
Test-Flag -Flag 2 -On:$false
try { Test-Flag -Flag 'False' } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { Test-Flag -On:'True' } catch { $_.Exception.Message }
try { New-ADUser -Name 'Flag Test' -Enabled 'False' } catch { $_.Exception.Message; $_.CategoryInfo.Category }
(Get-ADUser -Filter "Name -eq 'Flag Test'" | Measure-Object).Count
