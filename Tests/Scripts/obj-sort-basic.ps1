# Sort-Object on values: ascending, -Descending, strings without regard to case, -Unique
(5, 3, 9, 1 | Sort-Object) -join ','
(5, 3, 9, 1 | Sort-Object -Descending) -join ','
('banana', 'Apple', 'cherry' | Sort-Object) -join ','
('b', 'a', 'c', 'a', 'b' | Sort-Object -Unique) -join ','
(10, 2, 33 | Sort-Object { $_.ToString().Length }, { $_ }) -join ','
(2.5, 10, 1 | Sort-Object) -join ','
