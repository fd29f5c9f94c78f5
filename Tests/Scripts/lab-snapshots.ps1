# lab-snapshots: Checkpoint-ADLab saves the lab to a file and Restore-ADLab rolls a change back; neither writes over a file that is not a lab
$snapshot = Join-Path $HOME 'before.sqlite'
$notes = Join-Path $HOME 'notes.txt'
Checkpoint-ADLab -Path $snapshot
Test-Path $snapshot
Set-ADUser bsmith -Title 'Chief Experiment Officer'
Remove-ADGroup Marketing -Confirm:$false
Restore-ADLab -Path $snapshot -Force
(Get-ADUser bsmith -Properties Title).Title
(Get-ADGroup Marketing).Name
try { Checkpoint-ADLab -Path $snapshot } catch { $_.FullyQualifiedErrorId }
Checkpoint-ADLab -Path $snapshot -Force
Set-Content -Path $notes -Value 'my notes'
try { Checkpoint-ADLab -Path $notes -Force } catch { $_.FullyQualifiedErrorId }
try { Restore-ADLab -Path $notes -Force } catch { $_.CategoryInfo.Category }
Get-Content $notes
try { Restore-ADLab -Path (Join-Path $HOME 'missing.sqlite') -Force } catch { $_.Exception.GetType().Name; $_.CategoryInfo.Category }
(Get-Command Checkpoint-ADLab).ModuleName
