# Group-Object sorts its groups by key and ignores case unless -CaseSensitive
'b', 'a', 'B', 'c', 'A' | Group-Object | ForEach-Object { "$($_.Name)=$($_.Count)" }
'b', 'a', 'B' | Group-Object -CaseSensitive | ForEach-Object { "$($_.Name)=$($_.Count)" }
3, 1, 3, 2 | Group-Object | ForEach-Object { "$($_.Name)x$($_.Count)" }
