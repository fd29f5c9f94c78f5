# scriptblocks: invocation with &, parameters, $args and dot-sourcing
$sb = { 'hello from block' }
& $sb
$add = { param($x, $y) $x + $y }
& $add 2 3
$show = { "args: $($args -join ',')" }
& $show a b c
$v = 'outer'
& { $v = 'inner'; "in block: $v" }
"after &: $v"
. { $v = 'dotted' }
"after dot: $v"
$sb.Invoke()
$mult = { $args[0] * $args[1] }
& $mult 6 7
$counter = { param($n) 1..$n }
(& $counter 4).Count
$lit = { 'literal' }
$lit.GetType().Name
