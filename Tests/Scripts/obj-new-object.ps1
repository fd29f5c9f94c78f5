# New-Object builds PSObjects (with -Property), hashtables and exceptions
$o = New-Object PSObject -Property ([ordered]@{ Name = 'srv1'; Port = 443 })
"$($o.Name):$($o.Port)"
$o.pstypenames[0]
$h = New-Object System.Collections.Hashtable
$h.Count
$h.GetType().FullName
$e = New-Object System.ArgumentException 'bad input'
$e.Message
