# member-enumeration: member access on a collection applies to each element
$words = 'a', 'bb', 'ccc'
$words.Length
$words | ForEach-Object Length
$words.ToUpper()
$people = [pscustomobject]@{ Name = 'Ann'; Age = 30 }, [pscustomobject]@{ Name = 'Bob'; Age = 25 }
$people.Name
$people.Age -join ','
$people.Name.GetType().Name
$people[1].Name
$tables = @(@{ k = 1 }, @{ k = 2 })
$tables.k -join ','
