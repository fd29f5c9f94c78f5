# contains-in: membership operators always return one Boolean
$list = 'red', 'green', 'blue'
$list -contains 'green'
$list -contains 'GREEN'
$list -ccontains 'GREEN'
$list -notcontains 'pink'
'blue' -in $list
'pink' -notin $list
1, 2, 3 -contains '2'
'2' -in 1, 2, 3
(1, 2, 3 -contains 2).GetType().Name
$list -contains 'gr*'
