# break-continue-labels: loop control with and without labels
foreach ($i in 1..5) {
    if ($i -eq 2) { continue }
    if ($i -eq 4) { break }
    "i=$i"
}
:outer foreach ($a in 1..3) {
    foreach ($b in 1..3) {
        if ($b -eq 2) { continue outer }
        if ($a -eq 3) { break outer }
        "$a-$b"
    }
}
'after outer'
$n = 0
:top while ($true) {
    for ($k = 0; $k -lt 10; $k++) {
        $n++
        if ($n -ge 5) { break top }
    }
}
"n=$n"
