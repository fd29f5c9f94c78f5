# begin-output: what a begin block writes reaches the next command, which begins before receiving it; a halted pipeline never runs end
& { begin { 10 } } | ForEach-Object { "got $_" }
1..10 | & { begin { 'BEGIN' } process { "PROCESS $_" } end { 'END' } } | Select-Object -First 3
