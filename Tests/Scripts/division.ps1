# division: stays integral only when the division is exact
7 / 2
6 / 2
(6 / 2).GetType().Name
(7 / 2).GetType().Name
-7 / 2
1 / 4
10 / 4
[int](7 / 2)
[math]::Floor(7 / 2)
9 / 3 / 3
