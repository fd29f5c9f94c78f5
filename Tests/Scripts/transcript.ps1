# test: width=80
# transcript: Start-Transcript copies what the console shows (output, Write-Host, warnings, errors, not [Console]::WriteLine) between pwsh's header and footer; the header's machine-specific values and the times are normalised here
Set-Location $env:TMPDIR
Start-Transcript -Path session.txt
'some output'
Write-Host 'host text'
Write-Warning 'a warning'
[Console]::WriteLine('past the host')
Write-Error 'a failure'
$stopped = Stop-Transcript
$stopped -eq "Transcript stopped, output file is $(Join-Path $env:TMPDIR session.txt)"
$stopped.Path -eq (Join-Path $env:TMPDIR session.txt)
'--- file'
$lines = Get-Content session.txt
$end = ($lines | Select-String -SimpleMatch '**********************' | Select-Object -Skip 1 -First 1).LineNumber - 1
$header = $lines[3..($end - 1)] | ForEach-Object { ($_ -split ':')[0] }
$lines[0..2] -replace '\d{14}$', 'TIME'
$header[0..5]
@($PSVersionTable.Keys | Where-Object { $header -notcontains $_ }).Count
$lines[$end..($lines.Count - 1)] -replace '\d{14}$', 'TIME'
