# null-coalescing-ternary: ??, ?: and null-conditional member/index access
$null ?? 'fallback'
'value' ?? 'fallback'
0 ?? 'not used'
('' ?? 'not used').Length
$missing ?? $alsoMissing ?? 'third'
$n = 7
$n -gt 5 ? 'big' : 'small'
($n % 2 -eq 0) ? 'even' : 'odd'
$false ? 1 : 2
$t = $null ? 'yes' : 'no'
$t
$list = 'p', 'q'
${list}?[1]
$none = $null
${none}?[0]
${none}?.Length
${n}?.ToString()
'end'
