# format-enumeration-limit: $FormatEnumerationLimit caps the items shown; -1 shows all (§1.3)
$FormatEnumerationLimit = 2
[pscustomobject]@{V=1..5} | Format-List
$FormatEnumerationLimit = -1
[pscustomobject]@{V=1..5} | Format-List
$FormatEnumerationLimit = 0
[pscustomobject]@{V=1..5} | Format-List
