# if-elseif-else: branches, conditions and if as a value
$n = 15
if ($n -gt 20) { 'big' } elseif ($n -gt 10) { 'medium' } else { 'small' }
if ($n % 2 -eq 0) { 'even' } else { 'odd' }
if ($null) { 'null is true' } else { 'null is false' }
if (@()) { 'empty array true' } else { 'empty array false' }
if ('0') { 'string 0 is true' }
$r = if ($n -lt 0) { 'neg' } else { 'non-neg' }
$r
if ($n) {
    'multi'
    'line'
}
elseif ($false) {
    'no'
}
$x = $null
if (-not $x) { 'x is falsy' }
if ($n -gt 10 -and $n -lt 20) { 'in range' }
