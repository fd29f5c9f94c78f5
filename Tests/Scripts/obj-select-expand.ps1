# Select-Object -ExpandProperty outputs the value itself and enumerates collections
$g = [pscustomobject]@{ Name = 'admins'; Members = 'ann', 'bob' },
  [pscustomobject]@{ Name = 'users'; Members = 'cid' }
$g | Select-Object -ExpandProperty Members
($g | Select-Object -ExpandProperty Name) -join ','
$x = [pscustomobject]@{ Child = [pscustomobject]@{ Id = 7 }; Tag = 't' }
$e = $x | Select-Object -ExpandProperty Child -Property Tag
"$($e.Id) $($e.Tag)"
('abc', 'de' | Select-Object -ExpandProperty Length) -join ','
