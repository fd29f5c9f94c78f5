# native-printf: what a program receives, as /usr/bin/printf '%s\n' prints one argv entry per line (empty strings are empty lines): spaces, embedded double quotes and backslashes pass exactly as written (Standard argument passing, no re-quoting); --% passes the rest of the line as words; then exit codes, chains, a sorted pipe, a stopped producer, a signal, stderr records and the exit-code error
/usr/bin/printf '%s\n' 'two words' '' "" 'say "hi"' "a `"quoted`" word" 'back\slash' 'trailing\' 'a\"b' '"'
$word = 'x y'
/usr/bin/printf '%s\n' $word "pre $word" a"b c"d
/usr/bin/printf '%s\n' --% one "two three" four
1..5 | /usr/bin/sort -r
/usr/bin/seq 1 1000000 | Select-Object -First 3
/bin/sh -c 'exit 7'
$LASTEXITCODE
/bin/sh -c 'kill -KILL $$'
$LASTEXITCODE
/bin/false && 'not printed' || 'after false'
/bin/true && 'after true'
$LASTEXITCODE
$record = /bin/sh -c 'echo complaint >&2' 2>&1
$record.GetType().Name
$record.FullyQualifiedErrorId
$record.Exception.GetType().FullName
"$record"
/bin/sh -c 'echo dropped >&2; exit 2' 2>$null
$LASTEXITCODE
$PSNativeCommandUseErrorActionPreference = $true
try {
  $ErrorActionPreference = 'Stop'
  /bin/sh -c 'exit 5'
} catch {
  $_.Exception.Message
  $_.FullyQualifiedErrorId
  $_.Exception.GetType().FullName
  $_.Exception.ExitCode
  $_.Exception.Path
  $_.TargetObject
  $_.CategoryInfo.Category
}
