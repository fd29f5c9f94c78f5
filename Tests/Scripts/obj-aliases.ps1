# Aliases of the object cmdlets as Windows PowerShell 7 has them; Set-Alias and New-Alias
(Get-Alias select).Definition
(Get-Alias sort, tee, gm, group, measure | ForEach-Object Definition) -join ','
(Get-Alias -Definition Get-Variable).Name -join ','
Set-Alias -Name listit -Value Write-Output
listit 'via alias'
New-Alias -Name twice -Value Write-Output
twice 'again'
(Get-Alias twice).DisplayName
'c', 'a', 'b' | sort | select -First 2
