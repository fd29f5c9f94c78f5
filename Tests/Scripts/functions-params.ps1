# functions-params: param blocks, defaults, typed conversion, switches
function Greet {
    param([string]$Name = 'you', [int]$Times = 1)
    for ($i = 0; $i -lt $Times; $i++) { "Hi $Name" }
}
Greet
Greet Ann 2
Greet -Times '2' -Name Bob
function Show-Type { param([int]$Value) $Value.GetType().Name; $Value }
Show-Type '7'
Show-Type 2.6
function Test-Switch { param([switch]$Force) if ($Force) { 'forced' } else { 'not forced' } }
Test-Switch
Test-Switch -Force
Test-Switch -Force:$false
function Get-Pos { param($First, $Second) "$First/$Second" }
Get-Pos 1 2
Get-Pos -Second b a
Greet -N Cy
