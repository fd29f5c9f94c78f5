# a line that starts with | continues the pipeline before it (comment lines may sit between);
# a backtick followed by white space or a comment still continues the line
1..10
    # times three
    | ForEach-Object { ($_ -shl 1) + $_ }
    # even only
    | Where-Object { $_ % 2 -eq 0 }
    | Sort-Object -Descending
'Hello'
    |
    ForEach-Object { "$_ world" }
'Hello' + ` # the comment after the backtick
    ' again'
try { Invoke-Expression "'x'`n`n  | ForEach-Object { `$_ }" } catch { $_.FullyQualifiedErrorId }
