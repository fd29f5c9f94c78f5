# test: width=80
# transcript-options: -Append keeps what the file held, -NoClobber refuses an existing file and changes nothing, -UseMinimalHeader writes the start time only, -OutputDirectory's generated name, $global:Transcript as the default path, nested transcripts, and the errors for stopping none and for a directory
Set-Location $env:TMPDIR
Set-Content -Path kept.txt -Value 'already here'
$null = Start-Transcript -Path kept.txt -Append -UseMinimalHeader
'appended'
$null = Stop-Transcript
(Get-Content kept.txt) -replace '\d{14}$', 'TIME'
'--- NoClobber'
try { Start-Transcript -Path kept.txt -NoClobber } catch { $_.FullyQualifiedErrorId; $_.Exception.Message.Replace($env:TMPDIR, 'TMP') }
(Get-Content kept.txt).Count
'--- OutputDirectory'
$started = Start-Transcript -OutputDirectory (Join-Path $env:TMPDIR 'logs') -UseMinimalHeader
$null = Stop-Transcript
(Split-Path -Leaf $started.Path) -match '^PowerShell_transcript\.[^.]+\.[A-Za-z0-9+_]{8}\.\d{14}\.txt$'
(Split-Path -Parent $started.Path) -eq (Join-Path $env:TMPDIR 'logs')
Test-Path $started.Path
'--- $Transcript'
$global:Transcript = Join-Path $env:TMPDIR 'from-variable.txt'
$null = Start-Transcript -UseMinimalHeader
$null = Stop-Transcript
Test-Path $global:Transcript
'--- nested'
$null = Start-Transcript -Path outer.txt -UseMinimalHeader
'both'
$null = Start-Transcript -Path inner.txt -UseMinimalHeader
'inner and outer'
(Stop-Transcript).Path -eq (Join-Path $env:TMPDIR inner.txt)
'outer only'
$null = Stop-Transcript
(Get-Content outer.txt) -replace '\d{14}$', 'TIME'
(Get-Content inner.txt)[4]
'--- not transcribing'
try { Stop-Transcript } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
'--- directory'
try { Start-Transcript -Path $env:TMPDIR } catch { $_.Exception.Message.Replace($env:TMPDIR, 'TMP') }
