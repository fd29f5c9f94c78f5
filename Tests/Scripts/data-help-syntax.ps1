# data-help-syntax: syntax generated from parameter metadata: positions, mandatory brackets, switches, sets
function Get-Thing {
  [CmdletBinding(DefaultParameterSetName = 'ByName')]
  param(
    [Parameter(Mandatory, Position = 0, ParameterSetName = 'ByName')][string]$Name,
    [Parameter(Mandatory, ParameterSetName = 'ById')][int]$Id,
    [Parameter(Position = 1)][string[]]$Property,
    [switch]$Force
  )
}
Get-Command Get-Thing -Syntax
function Show-Simple($Path, [int]$Count) { }
Get-Command Show-Simple -Syntax
