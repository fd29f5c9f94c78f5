# compound-assignment: += -= *= /= %= ??=
$x = 10
$x += 5; $x
$x -= 3; $x
$x *= 2; $x
$x /= 4; $x
$x %= 4; $x
$s = 'ab'
$s += 'cd'; $s
$s *= 2; $s
$arr = @(1)
$arr += 2, 3
$arr -join ','
$arr.Count
$u = $null
$u ??= 'default'
$u
$u ??= 'other'
$u
$h = @{}
$h.total += 7
$h.total
