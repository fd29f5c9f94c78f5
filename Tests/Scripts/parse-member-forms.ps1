# parse-member-forms: pwsh's member forms: a number with a trailing dot, white space or a line break after the member dot, numeric member names, and .ForEach{ } / .Where{ } without parentheses
$max = 20.
$max.GetType().Name
$list = 'a', 'b'
$list. Count
$list.
  Count
$row = [pscustomobject]@{ '23' = 'twenty-three' }
$row.23
(1, 2, 3).ForEach{ $_ * 10 } -join ','
(1, 2, 3).Where{ $_ -ge 2 } -join ','
1..3 -join '+'
