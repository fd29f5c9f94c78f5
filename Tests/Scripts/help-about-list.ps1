# help-about-list: Get-Help -Name about_* lists the conceptual topics (HelpInfoShort, Category HelpFile, no
# module); a wildcard matching one topic shows it; the AD filter topic has the module's own name
Get-Help -Name about_* | ForEach-Object { "$($_.Name) | $($_.Category) | $($_.Module) |" }
(Get-Help about_ActiveDirectory_F*)[0..4]
(Get-Help about_ADSync_SyncCycle)[1]
