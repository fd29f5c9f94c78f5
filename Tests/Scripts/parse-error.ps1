# test: exit=1
# parse-error: a syntax error anywhere means no statement of the script runs
Write-Output 'this never prints'
if (36 < 42) { "true" }
'nor does this'
