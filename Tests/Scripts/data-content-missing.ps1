# data-content-missing: a missing file is a non-terminating error naming the full path
'before'
Get-Content /nonexistent-adsh-dir/missing.txt
"status: $?"
Get-Content /nonexistent-adsh-dir/missing.txt -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
$Error[0].CategoryInfo.Category
