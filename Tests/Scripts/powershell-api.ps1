# [powershell]::Create(): a runspace of its own; errors go to Streams.Error, a throw out of Invoke
$ps = [powershell]::Create()
$ps.AddScript("'one'; Write-Error 'bad'; 'two'").Invoke()
$ps.HadErrors
$ps.Streams.Error.Count
$ps.Streams.Error[0].FullyQualifiedErrorId
$ps.Commands.Clear()
[void]$ps.AddScript('function Get-Answer { 42 }; $inside = 1').Invoke()
$ps.Commands.Clear()
$ps.AddScript('Get-Answer; $inside').Invoke() -join ','
$null -eq $inside
$ps.Commands.Clear()
$ps.AddCommand('Get-Answer').Invoke()
$ps.Commands.Clear()
$ps.AddCommand('Join-String').AddParameter('Separator', '+').Invoke(@(1, 2, 3))
try {
  [powershell]::Create().AddScript("'a' +").Invoke()
} catch {
  $_.FullyQualifiedErrorId
  $_.Exception.InnerException.ErrorRecord.FullyQualifiedErrorId
}
try {
  [powershell]::Create().AddScript("throw 'stop'; 'never'").Invoke()
} catch {
  $_.Exception.Message
  $_.Exception.InnerException.ErrorRecord.FullyQualifiedErrorId
}
$ps.Dispose()
