# filters: a filter body runs once per pipeline object
filter Double { $_ * 2 }
1..3 | Double
filter Select-Even { if ($_ % 2 -eq 0) { $_ } }
1..6 | Select-Even
'a', 'b' | Double
filter Tag { "<$_>" }
1..2 | Double | Tag
