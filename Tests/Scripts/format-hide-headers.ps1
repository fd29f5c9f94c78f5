# format-hide-headers: no label and dash lines, the empty lines stay (§1.3 test evidence)
[pscustomobject]@{a=1;b=2} | Format-Table -HideTableHeaders
