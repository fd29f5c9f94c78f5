# format-enumeration-limit: $global:FormatEnumerationLimit caps the items shown (pwsh reads the global variable only); -1 shows all (§1.3)
$global:FormatEnumerationLimit = 2
[pscustomobject]@{V=1..5} | Format-List
$global:FormatEnumerationLimit = -1
[pscustomobject]@{V=1..5} | Format-List
$global:FormatEnumerationLimit = 0
[pscustomobject]@{V=1..5} | Format-List
# A variable of that name in a function's scope changes nothing.
function Show { $FormatEnumerationLimit = 1; [pscustomobject]@{V=1..5} | Format-List }
$global:FormatEnumerationLimit = 3
Show
