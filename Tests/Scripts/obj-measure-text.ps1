# Measure-Object -Line -Word -Character counts text
$t = "one two three`nfour five"
$m = $t | Measure-Object -Line -Word -Character
"$($m.Lines) $($m.Words) $($m.Characters)"
($t | Measure-Object -Character -IgnoreWhiteSpace).Characters
$m.pstypenames[0]
('a b', 'c' | Measure-Object -Word).Words
