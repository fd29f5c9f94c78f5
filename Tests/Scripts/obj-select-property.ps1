# Select-Object -Property: real casing for matched names, $null for missing ones, wildcards
$o = [pscustomobject]@{ Name = 'srv1'; Size = 10; Owner = 'ann' }
$s = $o | Select-Object name, Missing
$s.PSObject.Properties.Name -join ','
$null -eq $s.Missing
$s.Name
($o | Select-Object -Property N*, O*).PSObject.Properties.Name -join ','
($o | Select-Object -ExcludeProperty Size).PSObject.Properties.Name -join ','
($o | Select-Object * -ExcludeProperty *e).PSObject.Properties.Name -join ','
$s.pstypenames -join ','
(1 | Select-Object @{ n = 'One'; e = { $_ } }).pstypenames[0]
