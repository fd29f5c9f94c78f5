# casts: conversions between common types
[int]'42'
[int]'42' + 1
[int]2.5
[int]3.5
[int]-2.5
[string](1, 2)
[bool]'false'
[bool]''
([array]5).Count
([array]5).GetType().Name
$d = [datetime]'2024-01-15'
$d.Year
$d.Month
$d.DayOfWeek
[double]'1.5'
[string]3.0
[int][char]'A'
[char]66
[int]'0x1F'
[string]$null -eq ''
