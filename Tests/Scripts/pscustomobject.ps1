# pscustomobject: property access, dynamic names and string conversion
$o = [pscustomobject]@{ Name = 'Widget'; Price = 9.5; Tags = 'a', 'b' }
$o.Name
$o.Price
"$($o.Name) costs $($o.Price)"
$o.Tags.Count
$o.Tags -join '+'
$o.name
$null -eq $o.Missing
$o.Price = 10
$o.Price
$p = 'Name'
$o.$p
$o.'Name'
$o.PSObject.Properties.Name -join ','
$o -is [pscustomobject]
$e = [pscustomobject]@{ a = 1; b = 'x' }
"$e"
