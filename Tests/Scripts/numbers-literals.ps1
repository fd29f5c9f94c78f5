# numbers-literals: hex, binary, multipliers, exponents and type suffixes
0x10
0xFF
1kb
1.5mb
1gb
0xFFFFFFFF
0x7FFFFFFF
1e3
(1e3).GetType().Name
(10L).GetType().Name
(1kb).GetType().Name
0b1011
$half = .5
$half
1.5e-3
1.30d
