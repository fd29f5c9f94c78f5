# lang-validation-attributes: a script parameter's validation attributes refuse an argument with
# pwsh's ParameterArgumentValidationError (messages from pwsh's Metadata resources), a custom
# ErrorMessage is a format string of the element and the rule, defaults are not validated, and
# the parameter's variable keeps its attributes (a later assignment is checked too).
function Show([scriptblock] $Block) {
    try { & $Block } catch { "$($_.FullyQualifiedErrorId) | $($_.Exception.Message)" }
}
function Get-Range { param([ValidateRange(1, 10)][int] $P = 55) $P }
function Get-Kind { param([ValidateRange('Positive')] $P) $P }
function Get-Length { param([ValidateLength(2, 3)][string[]] $P) $P -join ',' }
function Get-Count { param([ValidateCount(1, 2)][string[]] $P) $P.Count }
function Get-Pattern { param([ValidatePattern('^[a-z]+$')] $P) $P }
function Get-Script { [CmdletBinding()] param([ValidateScript({ $_ % 2 -eq 0 }, ErrorMessage = "{0} is odd ({1})")] $P) $P }
function Get-Set { param([ValidateSet('Red', 'Blue', IgnoreCase = $false)] $P) $P }
function Get-NotNull { param([ValidateNotNull()] $P) 'bound' }
function Get-NotEmpty { param([ValidateNotNullOrEmpty()] $P) 'bound' }
function Get-Mandatory { param([Parameter(Mandatory)][string] $P) "[$P]" }
function Get-AllowEmpty { param([Parameter(Mandatory)][AllowEmptyString()][string] $P) "[$P]" }

Get-Range
Get-Range 7
Show { Get-Range 11 }
Show { Get-Range 0 }
Show { Get-Kind -3 }
Show { Get-Kind 'x' }
Get-Length ab, abc
Show { Get-Length ab, abcd }
Show { Get-Length a }
Show { Get-Count a, b, c }
Show { Get-Count -P @() }
Show { Get-Pattern 'Abc1' }
Get-Pattern 'ABC'
Show { Get-Script 3 }
Get-Script 4
Show { Get-Set red }
Get-Set Red
Show { Get-NotNull $null }
Show { Get-NotEmpty @() }
Show { Get-NotEmpty '' }
Show { Get-Mandatory '' }
Show { Get-Mandatory $null }
Get-AllowEmpty ''
function Set-Later { param([ValidateRange(1, 5)][int] $N = 1) $N = 3; $N; $N = 9 }
Show { Set-Later }
[ValidateRange(1, 10)][int]$x = 5
try { $x = 20 } catch { "$($_.FullyQualifiedErrorId) | $($_.Exception.Message)" }
$x
[ValidateNotNullOrEmpty()]$y = 'a'
try { $y = '' } catch { "$($_.FullyQualifiedErrorId) | $($_.Exception.Message)" }
Show { [ValidateSet('a', 'b')][string]$z = 'c' }
"z=[$z]"
