# try-catch-finally: catching thrown errors and the order of finally blocks
try {
    'in try'
    throw 'boom'
    'not reached'
} catch {
    "caught: $($_.Exception.Message)"
} finally {
    'finally 1'
}
try { 'no error' } finally { 'finally 2' }
$d = 0
try { 1 / $d } catch { "math: $($_.Exception.Message)" }
try { throw [System.ArgumentException]::new('bad arg') }
catch [System.IO.IOException] { 'io' }
catch [System.ArgumentException] { "arg: $($_.Exception.Message)" }
function Test-Finally {
    try { return 'returned' } finally { 'finally in function' }
}
Test-Finally
try { try { throw 'inner' } finally { 'inner finally' } } catch { "outer caught $_" }
try { try { throw 'again' } catch { 'handling'; throw } } catch { "rethrown: $($_.Exception.Message)" }
try { throw 'typed' } catch { $_.GetType().Name; $_.Exception.GetType().Name }
