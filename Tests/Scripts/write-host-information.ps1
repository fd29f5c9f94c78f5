# Write-Host writes an InformationRecord tagged PSHOST (about_Redirection, Write-Host): 6>$null
# silences it, 6>&1 merges it, -InformationVariable keeps it, and only -InformationAction
# Ignore stops it from being shown
Write-Host 'hidden' 6>$null
Write-Host 'merged' 6>&1 | ForEach-Object { "got: $_ ($($_.GetType().Name), $($_.Tags))" }
Write-Host 'kept' -InformationVariable hv
"hv: $hv ($($hv[0].MessageData.GetType().Name))"
Write-Host 'ignored' -InformationAction Ignore
Write-Host 'still shown' -InformationAction SilentlyContinue
$ps = [powershell]::Create().AddScript('Write-Host hi; Write-Information there; Write-Warning w')
$ps.Invoke()
"information: $($ps.Streams.Information -join ', '); warnings: $($ps.Streams.Warning.Count)"
