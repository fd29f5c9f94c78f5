# arithmetic: precedence, unary minus and numeric strings
2 + 3 * 4
(2 + 3) * 4
10 - 2 - 3
-5 + 2
2 * -3
'10' - 2
'3' * 4
$null + 1
7 % 3
2 + 3 * 4 - 6 / 2
