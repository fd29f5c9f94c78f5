# Write-Error's parameter sets: a message, an exception (its type is the id), or a record as it is
Write-Error 'plain' -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
$Error[0].Exception.GetType().FullName
try { 1 / 0 } catch { Write-Error -ErrorRecord $_ -ErrorAction SilentlyContinue }
$Error[0].Exception.Message
Write-Error -Exception ([System.ArgumentException]::new('bad arg')) -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
$Error[0].Exception.Message
Write-Error -Exception ([System.ArgumentException]::new('bad')) -Message 'other' -Category InvalidData -CategoryReason Why -CategoryTargetName T -RecommendedAction 'Try again' -ErrorAction SilentlyContinue
$Error[0].Exception.Message
$Error[0].CategoryInfo.Category
$Error[0].CategoryInfo.Reason
$Error[0].CategoryInfo.TargetName
$Error[0].ErrorDetails.RecommendedAction
function f { }; f; if ($true) { 'block' } 'same line'
