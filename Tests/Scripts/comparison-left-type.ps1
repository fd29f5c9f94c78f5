# comparison-left-type: the right operand is converted to the left operand's type
1 -eq '1.0'
'1.0' -eq 1
$false -eq 'false'
$true -eq 'false'
10 -gt '9'
'10' -gt 9
2 -eq 2.0
'2' -eq 2
1 -eq 'abc'
0 -eq $null
$null -eq 0
