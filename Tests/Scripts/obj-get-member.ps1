# Get-Member definitions: note properties as "type Name=value", sorted by member type then name
$o = [pscustomobject]@{ Name = 'x'; Size = 3; Tags = 'a', 'b'; Nothing = $null }
($o | Get-Member -MemberType NoteProperty).Definition
($o | Get-Member).Name -join ','
('abc' | Get-Member -Name Length).Definition
(Get-Member -InputObject $o -MemberType Method).Name -join ','
('abc' | gm -MemberType Property, ParameterizedProperty).Name -join ','
(1, 2, 'a' | Get-Member -Name GetType).TypeName -join ','
($o | gm Size).MemberType
