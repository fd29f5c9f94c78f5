# here-strings: @" "@ expands, @' '@ is verbatim
$who = 'there'
$a = @"
Hello $who
  "quoted" and 'single'
"@
$a
$b = @'
No $expansion here
Second line
'@
$b
$b.Split("`n").Count
$a.StartsWith('Hello')
