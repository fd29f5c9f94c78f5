# Select-Object -Last, -Skip, -First with -Skip, -Index, -SkipLast, -SkipIndex
(1..10 | Select-Object -Last 3) -join ','
(1..10 | Select-Object -Skip 8) -join ','
(1..10 | Select-Object -First 2 -Skip 3) -join ','
(1..10 | Select-Object -Index 0, 5, 9) -join ','
(1..5 | Select-Object -SkipLast 2) -join ','
('a', 'b', 'c' | Select-Object -SkipIndex 1) -join ','
(1..3 | Select-Object -Last 10) -join ','
