# Select-Object -Unique keeps the first of equal objects; strings compare case-sensitively
(1, 2, 2, 3, 1 | Select-Object -Unique) -join ','
('a', 'A', 'b', 'a' | Select-Object -Unique) -join ','
('a', 'A', 'b' | Select-Object -Unique -CaseInsensitive) -join ','
$rows = [pscustomobject]@{ K = 'x' }, [pscustomobject]@{ K = 'x' }, [pscustomobject]@{ K = 'y' }
($rows | Select-Object K -Unique).K -join ','
