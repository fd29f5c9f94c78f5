# switch-basic: every matching clause runs, default, array input
switch (3) {
    1 { 'one' }
    3 { 'three' }
    3 { 'three again' }
    default { 'other' }
}
switch ('B') {
    'a' { 'got a' }
    'b' { 'got b (case-insensitive)' }
}
switch (9) {
    1 { 'one' }
    default { 'default ran' }
}
switch (1, 2, 5) {
    { $_ -gt 1 } { "big $_" }
    1 { "one $_" }
}
$r = switch ('x') { 'x' { 10 } }
$r + 1
switch (4) { 4 { 'int four' } '4' { 'string four' } }
