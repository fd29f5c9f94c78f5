# clean-block: clean {} runs after begin/process/end, even when the pipeline is halted or a block throws; its output is discarded; it is skipped when no other block ran
function Show-Clean { end { 'end' } clean { Write-Host 'clean ran'; 'dropped' } }
Show-Clean
function Only-Clean { clean { Write-Host 'never' } }
Only-Clean
1..10 | & { process { $_ } clean { Write-Host 'halted and cleaned' } } | Select-Object -First 2
try { & { begin { throw 'boom' } clean { Write-Host 'cleaned after throw' } } } catch { "caught $_" }
$results = & { clean { Write-Host 'CLEAN'; 'dropped' } process { 'PROCESS' } begin { 'BEGIN' } end { 'END' } }
$results -join ','
& { end { } clean { exit 3; 'not reached' } }
'still running'
