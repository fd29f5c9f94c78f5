# split-join: binary and unary -split, max count, options and -join
'a,b,c' -split ','
'---'
'a,b,,c' -split ','
'---'
'a,b,c,d' -split ',', 2
'---'
-split '  one   two three  '
'---'
'a1b22c' -split '\d+'
'---'
'aXbxc' -csplit 'x'
'---'
'a.b' -split '.', 0, 'SimpleMatch'
'---'
1, 2, 3 -join '+'
-join ('a', 'b', 'c')
(1..4) -join ''
