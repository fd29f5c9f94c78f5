# obj-join-string-ofs: Join-String joins with $OFS when no -Separator is given (nothing while $OFS is unset, as it is in a new session), and joins each element of an -InputObject array
$null -eq (Get-Variable OFS -ErrorAction SilentlyContinue)
1..3 | Join-String
Join-String -InputObject 1, 2, 3 -Separator '-'
"$(1, 2, 3)"
$OFS = ','
1..3 | Join-String -OutputPrefix 'A ' -OutputSuffix ' B'
"$(1, 2, 3)"
