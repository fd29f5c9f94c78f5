# string-concat: the left operand decides between concatenation and addition
'5' + 3
5 + '3'
'ab' * 3
'a' + 'b' + 'c'
"x" + 1 + 2
'n=' + 2.5
'' + $null + 'z'
'-' * 5
'5' + 3 - 1
