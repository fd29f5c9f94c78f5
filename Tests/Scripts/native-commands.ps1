# native-commands: programs run by path and from PATH; their output is lines of text, pipeline input reaches their standard input as lines, and $LASTEXITCODE, $?, && and || follow their exit codes
'before'
/bin/echo hi there
'after'
printf '%s\n' 'found on PATH'
& '/bin/echo' 'by the call operator'
$x = /bin/echo captured
"[$x]"
printf 'b\na\n' | sort
'x', 'y' | cat
1..3 | sort -r
$lines = printf '1\n2\n'
$lines.Count
$lines[1].GetType().Name
/bin/echo lower | ForEach-Object { $_.ToUpper() }
printf 'no line break at the end' | ForEach-Object { "[$_]" }
printf 'crlf\r\nline\r\n' | ForEach-Object { "[$_]" }
printf 'caf\303\251\n'
seq 1 1000000 | Select-Object -First 3
1..100000 | head -n 2
$env:ADSH_GREETING = 'hello from the environment'
sh -c 'echo $ADSH_GREETING'
Set-Location $env:HOME
(sh -c 'pwd') -eq $PWD.Path
Set-Content "$env:HOME/hello.sh" "#!/bin/sh`necho hello from `$1"
chmod +x "$env:HOME/hello.sh"
./hello.sh here
New-Item -ItemType Directory "$env:HOME/with space" | Out-Null
Copy-Item "$env:HOME/hello.sh" "$env:HOME/with space/hello.sh"
chmod +x "$env:HOME/with space/hello.sh"
& "$env:HOME/with space/hello.sh" 'a path with a space'
sh -c 'exit 3'
"exit code $LASTEXITCODE"
sh -c 'exit 3'
"status $?"
true
"status $? $LASTEXITCODE"
false || 'fallback'
true && 'ok'
false && 'not printed'
true || 'not printed either'
sh -c 'kill -TERM $$'
"killed by SIGTERM: $LASTEXITCODE"
