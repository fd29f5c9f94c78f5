# while-loop: the condition is checked before each iteration
$n = 1
while ($n -lt 50) { $n *= 3 }
$n
$i = 0
while ($true) {
    $i++
    if ($i -ge 4) { break }
}
"i=$i"
$k = 10
while ($k -lt 5) { 'never' }
'done'
$list = @()
$x = 5
while ($x) { $list += $x; $x-- }
$list -join ','
