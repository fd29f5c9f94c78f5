# format-table-alignment: alignment is decided by the first object's values (§1.4 samples)
[pscustomobject]@{a='abc';b=123} | Format-Table
[pscustomobject]@{a=123;b='abc'} | Format-Table
