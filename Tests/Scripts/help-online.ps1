# help-online: Get-Help -Online opens the cmdlet's HelpUri; without a browser (no graphical session) pwsh fails
# with HelpErrors.CannotLaunchURI naming the URI, and Help URI: goes to the verbose stream. Each module's
# cmdlets link to their Microsoft Learn page; a command without a URI fails with HelpErrors.NoURIFound.
$env:DISPLAY = $null
$env:WAYLAND_DISPLAY = $null
foreach ($name in 'Get-ADUser', 'Select-Object', 'Get-MgGroup', 'Get-MgUser', 'Get-ADSyncScheduler') {
  try { Get-Help $name -Online } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
}
try { Get-Help Get-ADGroup -Online -Verbose 4>&1 } catch { $_.Exception.Message }
function Get-Thing { param($Name) }
try { Get-Help Get-Thing -Online } catch { $_.Exception.Message }
