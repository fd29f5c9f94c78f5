# write-progress: nothing is drawn when output is not a terminal, and bad arguments are refused with pwsh's errors (ValidateRange on -PercentComplete, -Id and -ParentId; -Activity missing without -Completed; an empty -Status)
Write-Progress -Activity 'Copying' -Status 'one of two' -PercentComplete 50
Write-Progress -Id 2 -ParentId 0 -Activity 'Child' -SecondsRemaining 10
Write-Progress -Completed
'nothing drawn'
try { Write-Progress -Activity 'x' -PercentComplete 101 } catch { $_.FullyQualifiedErrorId }
try { Write-Progress -Activity 'x' -Id -1 } catch { $_.FullyQualifiedErrorId }
try { Write-Progress -Activity 'x' -ParentId -2 } catch { $_.FullyQualifiedErrorId }
try { Write-Progress -Status 'no activity' } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { Write-Progress -Activity 'x' -Status '' } catch { $_.FullyQualifiedErrorId }
