# trap-statement: a trap covers its whole statement list; continue resumes silently, break passes the error on; a statement may follow the trap on its line; $? may be followed by ??
trap { "trapped: $($_.Exception.Message)"; continue } 1/0; 'after the first'
function Stop-OnError { trap { 'in the trap'; break } 1/0; 'not reached' }
try { Stop-OnError } catch { "caught: $($_.FullyQualifiedErrorId)" }
$???$false
