# pipeline-streaming: objects flow through the pipeline one at a time
1..3 | ForEach-Object { Write-Host "gen $_"; $_ } | ForEach-Object { Write-Host "got $_" }
function Emit { Write-Host 'emit 1'; 1; Write-Host 'emit 2'; 2 }
Emit | ForEach-Object { Write-Host "recv $_" }
1..2 | ForEach-Object { Write-Host "a$_"; $_ } | Where-Object { Write-Host "w$_"; $true } | ForEach-Object { Write-Host "z$_" }
