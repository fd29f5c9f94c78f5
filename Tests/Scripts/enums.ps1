# enums: member values count up from 0 or from a written value; casts from names (any case), numbers and strings; -eq with a string; value__; [enum]::GetNames/GetValues; an underlying type; conversion errors
enum Color { Red; Green = 5; Blue }
[Color]::Red
[Color]::Blue.value__
[Color]'green'
[Color]5
[Color]::Red -eq 'Red'
[Color]::Blue -eq 6
[Color]::Green -is [Color]
[Color]::Green.GetType().Name
[enum]::GetNames([Color]) -join ','
([enum]::GetValues([Color]) | ForEach-Object { [int]$_ }) -join ','
"$([Color]::Blue)"
enum Small : byte { One = 1; Two }
[Small]::Two.value__
try { [Color]'Purple' } catch { $_.Exception.Message }
try { [Color]7 } catch { $_.Exception.Message }
