# bitwise: -band -bor -bxor -bnot -shl -shr
12 -band 10
12 -bor 10
12 -bxor 10
-bnot 0
-bnot 5
1 -shl 4
256 -shr 2
-16 -shr 2
0xF0 -band 0x3C
