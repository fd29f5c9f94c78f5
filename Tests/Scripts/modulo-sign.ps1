# modulo-sign: the remainder takes the sign of the dividend
7 % 3
-7 % 3
7 % -3
-7 % -3
10 % 5
5.5 % 2
