# A trap sees an error that ends a pipeline of a && / || chain, and the chain goes on with $?
# false; a condition that runs a command leaves $? true; `$a, $b += 1` does not parse.
function Stop-Here { throw 'TERMINATE' }
function Test-TrapContinue {
  trap { continue }
  Stop-Here || Write-Output 'after continue'
  Stop-Here && Write-Output 'never'
  'next statement'
}
Test-TrapContinue
function Test-TrapBreak {
  trap { break }
  Stop-Here || Write-Output 'never'
}
try { Test-TrapBreak } catch { "caught $($_.Exception.Message)" }
if ('Hello' && /bin/false) { $?; 'if ran' }
if (Get-Item /no/such/item -ErrorAction SilentlyContinue) { 'found' } else { $? }
Get-Item /no/such/item -ErrorAction SilentlyContinue
if ($true) { $? }
try { Invoke-Expression '$a, $b += 1' } catch { $_.FullyQualifiedErrorId }
