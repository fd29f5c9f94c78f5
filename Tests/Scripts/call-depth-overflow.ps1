# test: exit=1
# call-depth-overflow: runaway recursion ends at once with pwsh's CallDepthOverflow, which try/catch sees and which, uncaught, ends the script with exit code 1
function Deep { Deep }
try { Deep } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.Exception.Message }
try { Deep } catch [System.SystemException] { 'caught as a SystemException' }
function Fan { 1..3 | ForEach-Object { Fan } }
'before'
Fan
'not reached'
