# comparison-collection-filter: a collection on the left filters instead of returning a Boolean
1, 2, 3 -gt 1
1, 2, 3 -eq 2
'a', 'b', 'a' -ne 'a'
$a = 1, $null, 2, $null
($a -ne $null).Count
$null -eq $a
(1, 2, 3 -eq 5).Count
'apple', 'banana', 'cherry' -like '*an*'
(1, 2, 3 -lt 3) -join ','
