# doubles-print: doubles print with up to 15 significant digits
1/3
0.1 + 0.2
1e20
2.50
1.0
[double]10
2/3
1e-5
0.0001
[math]::PI
-1.5
1e14
1e15
