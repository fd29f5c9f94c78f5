# A variable given a type by [T]$x = ... or a typed parameter converts every later value
# (about_Variables); one that does not convert is refused with MetadataError, keeping the old value.
[int]$count = '12'
$count.GetType().Name
$count = '7'
$count + 1
try { $count = 'many' } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.CategoryInfo.Reason }
$count
[string]$text = 5
$text.GetType().Name
$text = $null
$text.GetType().Name
function Show-Typed([int]$Number, [string]$Name, $Other) {
  $Number
  $Name.Length
  $null -eq $Other
  $Number = '41'
  $Number + 1
}
Show-Typed
function Set-Local { $count = 'words'; $count }
Set-Local
$ErrorActionPreference.GetType().FullName
'Continue' -eq $ErrorActionPreference
try { Write-Output 'x' -ErrorAction Suspend } catch { $_.FullyQualifiedErrorId }
try { Set-Variable -Name WarningPreference -Scope Global -Value Suspend } catch { $_.FullyQualifiedErrorId }
[pscustomobject]$anything = [pscustomobject]@{ A = 1 }
$anything = $true
$anything
try { [datetime]$count = 'not a date' } catch { $_.CategoryInfo.Category }
"$count $($count.GetType().Name)"
$count = 'many'
