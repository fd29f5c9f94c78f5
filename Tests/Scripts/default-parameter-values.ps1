# default-parameter-values: $PSDefaultParameterValues fills parameters a command line left unbound, by command wildcard, with script blocks run per call and the Disabled key
$PSDefaultParameterValues.Count
$PSDefaultParameterValues['Join-String:Separator'] = '+'
1, 2, 3 | Join-String
1, 2, 3 | Join-String -Separator '-'
function Get-Greeting {
  [CmdletBinding()]
  param([string]$Name = 'nobody', [string]$Greeting = 'Hello')
  "$Greeting, $Name"
}
function simple($Name = 'plain') { $Name }
$PSDefaultParameterValues['Get-Gree*:Name'] = 'world'
$PSDefaultParameterValues['*:Greeting'] = { 'Hi' }
Get-Greeting
Get-Greeting -Name you
simple
$script:calls = 0
$PSDefaultParameterValues['Get-Greeting:Greeting'] = { $script:calls++; "Call $script:calls" }
$PSDefaultParameterValues.Remove('*:Greeting')
Get-Greeting
Get-Greeting
# A default that does not fit the command, or a key without a colon, is left out.
$PSDefaultParameterValues = @{ 'Get-Greeting:Greeting' = 'Hey'; 'Join-String:NoSuchParameter' = 1; 'nocolon' = 2 }
Get-Greeting
1, 2 | Join-String
$PSDefaultParameterValues['Disabled'] = $true
Get-Greeting
$PSDefaultParameterValues['Disabled'] = $false
Get-Greeting
