# lang-error-variable: $Error is an ArrayList, newest first (about_Automatic_Variables): Clear()
# empties it, a caught terminating error is recorded too, and one rethrown with `throw` is
# recorded once.
Get-Item /nonexistent/file -ErrorAction SilentlyContinue
$Error.Count
$Error.GetType().FullName
$Error.Clear()
$Error.Count
try { throw 'first' } catch { }
try { try { throw 'second' } catch { throw } } catch { }
$Error.Count
$Error[0].Exception.Message
$Error[1].Exception.Message
$Error.RemoveAt(0)
$Error[0].Exception.Message
