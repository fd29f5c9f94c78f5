# increment-decrement: prefix and postfix forms on variables, elements and properties
$i = 5
$i++
$i
++$i
$i
$j = $i++
"j=$j i=$i"
$k = ++$i
"k=$k i=$i"
$i--
--$i
$i
$n = $null
$n++
$n
$a = 1, 2, 3
$a[1]++
$a -join ','
$h = @{ c = 1 }
$h.c++
$h.c
$o = [pscustomobject]@{ v = 10 }
$o.v--
$o.v
$x = 0
($x++)
$x
