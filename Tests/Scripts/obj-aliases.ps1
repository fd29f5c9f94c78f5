# Aliases of the object cmdlets as pwsh 7 has them on Linux (no sort or tee: those are programs); Set-Alias and New-Alias
(Get-Alias select).Definition
(Get-Alias gm, group, measure | ForEach-Object Definition) -join ','
@(Get-Alias sort, tee -ErrorAction SilentlyContinue).Count
(Get-Alias -Definition Get-Variable).Name -join ','
Set-Alias -Name listit -Value Write-Output
listit 'via alias'
New-Alias -Name twice -Value Write-Output
twice 'again'
(Get-Alias twice).DisplayName
'c', 'a', 'b' | Sort-Object | select -First 2
