# lang-remaining-arguments: ValueFromRemainingArguments collects what no other parameter took,
# unknown -Names included and in their place (pwsh's HandleRemainingArguments); a default
# parameter set decides which parameter of a shared position binds; pipeline parameters bind
# when a function has no process block; dot-sourcing binds a param() block in the caller's scope.
function Get-Rest {
    param([Parameter(Position = 1)] $A, [Parameter(ValueFromRemainingArguments = $true)] $Rest)
    "A=$A Rest=$($Rest -join ',')"
}
Get-Rest a b c d
Get-Rest a b -A c -q d
function Get-BySet {
    [CmdletBinding(DefaultParameterSetName = 'Second')]
    param([Parameter(ParameterSetName = 'First', Position = 1)] $First,
          [Parameter(ParameterSetName = 'Second', Position = 1)] $Second)
    "$($PSCmdlet.ParameterSetName): First=$First Second=$Second"
}
Get-BySet x
Write-Output one -Two three
function Get-Last { param([Parameter(ValueFromPipeline = $true)] $Item) "last=$Item" }
1, 2, 3 | Get-Last
function Get-Length { param([Parameter(ValueFromPipeline = $true)][int] $Number = 10,
    [Parameter(ValueFromPipelineByPropertyName = $true)][int] $Length = 100)
    process { "Number=$Number Length=$Length" } }
'abcd' | Get-Length
. { param($Color = 'red', $Size) $shape = "$Color/$Size" } -Size 3
$shape
$Color
$sb = [scriptblock]::Create('param($x) $x * 2')
& $sb 21
try { [scriptblock]::Create('{') } catch { $_.FullyQualifiedErrorId }
[enum]::GetNames([System.StringComparison]) -join ','
enum Fruit { Apple = 1; Pear = 4 }
[enum]::GetValues([Fruit]) -join ','
[enum]::GetName([Fruit], 4)
[enum]::IsDefined([Fruit], 'Plum')
(Get-Culture).TextInfo.ToTitleCase('jane DOE smith-jones')
(Get-Culture).TextInfo.ListSeparator
"a,,b".Split(',', [System.StringSplitOptions]::RemoveEmptyEntries) -join '|'
' x , ,y '.Split(',', [StringSplitOptions]'RemoveEmptyEntries, TrimEntries') -join '|'
[StringSplitOptions]3
("a b c d" -split { $_ -eq ' ' }, -2) -join '|'
("a:b" -split '(:)', 0, 'ExplicitCapture') -join '|'
try { 'abc' -split 'B', 0, 'RegexMatch,SimpleMatch' } catch { $_.FullyQualifiedErrorId }
