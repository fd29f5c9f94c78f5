# The six streams (about_Redirection): n>$null silences a stream, n>&1 merges it into the output
# as a record that converts to its message, *>&1 merges them all, n> and n>> write to a file, and
# a redirection covers everything the redirected command runs but not the stages after it
Write-Warning 'hidden' 3>$null
Write-Verbose 'v' -Verbose 4>&1 | ForEach-Object { "got: $_" }
Write-Debug 'd' -Debug 5>&1 | ForEach-Object { "debug: $_" }
& { Write-Warning w; 'o' } *>&1 | ForEach-Object { "[$_]" }
& { Write-Error e; 'o' } 2>&1 | ForEach-Object { "[$_]" }
(Write-Warning typed 3>&1).GetType().FullName
(Write-Verbose typed -Verbose 4>&1).GetType().FullName
(Write-Debug typed -Debug 5>&1).GetType().FullName
(Write-Information typed 6>&1).GetType().FullName
Write-Information 'silent by default'
Write-Information 'redirected anyway' 6>&1 | ForEach-Object { "info: $_" }
function Inner { Write-Warning 'from inner'; Write-Verbose 'verbose inner' -Verbose; 'inner out' }
Inner 3>$null 4>$null
$path = Join-Path ([IO.Path]::GetTempPath()) "adsh-redirect-streams-$PID.txt"
Inner *> $path
Get-Content $path
Write-Warning 'appended' 3>> $path
(Get-Content $path).Count
Remove-Item $path
$(Write-Warning 'in a subexpression'; 'value') 3>$null
& { 'x' } 3>$null | ForEach-Object { Write-Warning "shown $_" }
Write-Warning 'merged at the console' 3>&1
