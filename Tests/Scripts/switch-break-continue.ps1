# switch-break-continue: break leaves the switch, continue moves to the next element
switch (1, 2, 3, 4) {
    2 { 'two'; continue }
    { $_ -ge 2 } { "ge2 $_" }
    3 { 'three'; break }
    default { "default $_" }
}
'after switch'
foreach ($n in 1..3) {
    switch ($n) {
        2 { continue }
    }
    "loop $n"
}
:outer foreach ($n in 1..3) {
    switch ($n) {
        2 { break outer }
    }
    "labeled $n"
}
