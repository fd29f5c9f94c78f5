# test: exit=3
# host-should-exit: $Host.SetShouldExit asks the host to exit with that code once the script ends; the rest of the script still runs
$Host.SetShouldExit(3)
'still running'
try { $Host.SetShouldExit() } catch { $_.FullyQualifiedErrorId }
