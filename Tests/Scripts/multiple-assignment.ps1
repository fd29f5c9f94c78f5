# multiple-assignment: the last variable takes the remaining values
$a, $b = 1, 2
"a=$a b=$b"
$a, $b = 1, 2, 3
"a=$a"
$b -join ','
$b.Count
$x, $y, $z = 'only', 'two'
"x=$x y=$y"
$null -eq $z
$p = 'left'; $q = 'right'
$p, $q = $q, $p
"p=$p q=$q"
$first, $rest = 'a b c' -split ' '
$first
$rest -join '+'
$m = $n = 4
"m=$m n=$n"
