# cyclic-values: an array that holds itself prints, converts to text and goes through Out-String without recursing; an array inside an array converts as .NET's ToString gives it
$b = 1, (2, 3)
"$b"
$a = @(1)
$a[0] = $a
$a
"$a"
($a | Out-String).Trim()
