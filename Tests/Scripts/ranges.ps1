# ranges: ascending, descending and character ranges
1..5
'---'
5..1
'---'
'a'..'e'
'---'
-2..2
'---'
(1..10).Count
(1..3) -join ','
$n = 3
1..$n -join ''
('e'..'a') -join ''
