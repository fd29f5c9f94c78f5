# $PSCmdlet in advanced functions: ShouldProcess honours -WhatIf, WriteError makes $? false and
# qualifies the id with the function's name, ThrowTerminatingError ends the pipeline
function Remove-Thing {
  [CmdletBinding(SupportsShouldProcess)]
  param([Parameter(ValueFromPipeline)][string]$Name)
  process {
    if ($PSCmdlet.ShouldProcess($Name, 'Remove')) { "removed $Name" }
  }
}
'a', 'b' | Remove-Thing
Remove-Thing -Name c -WhatIf
filter Test-Error {
  [CmdletBinding()]
  param([Parameter(ValueFromPipeline)][int]$Number)
  if ($Number -ne 2) { return $Number }
  $record = [System.Management.Automation.ErrorRecord]::new(
    [System.Exception]::new('two'), 'TwoFound', [System.Management.Automation.ErrorCategory]::InvalidData, $Number)
  $PSCmdlet.WriteError($record)
}
1, 2, 3 | Test-Error -ErrorAction SilentlyContinue || 'after an error'
$Error[0].FullyQualifiedErrorId
filter Test-Stop {
  [CmdletBinding()]
  param([Parameter(ValueFromPipeline)][int]$Number)
  if ($Number -ne 2) { return $Number }
  $record = [System.Management.Automation.ErrorRecord]::new(
    [System.Exception]::new('stop at two'), 'StopAtTwo', [System.Management.Automation.ErrorCategory]::InvalidData, $Number)
  $PSCmdlet.ThrowTerminatingError($record)
}
try { 1, 2, 3 | Test-Stop } catch { "caught $($_.FullyQualifiedErrorId)" }
function Get-Set {
  [CmdletBinding(DefaultParameterSetName = 'ByName')]
  param([Parameter(ParameterSetName = 'ByName')][string]$Name, [Parameter(ParameterSetName = 'ById')][int]$Id)
  $PSCmdlet.ParameterSetName
}
Get-Set -Id 4
(Get-Item /nonexistent/path -ErrorAction 0) && 'not shown'
$?
$found = Get-Item /nonexistent/path -ea 0
$?
[System.Management.Automation.Cmdlet]::CommonParameters -join ','
[System.Management.Automation.Cmdlet]::OptionalCommonParameters -join ','
[System.Management.Automation.ActionPreference]::Stop.value__
[pscustomobject]@{ V = 1 }, [pscustomobject]@{ V = 'a' } | Where-Object V -Is [int] | ForEach-Object V
