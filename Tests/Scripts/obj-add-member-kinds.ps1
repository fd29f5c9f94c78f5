# obj-add-member-kinds: the positional forms pwsh's binder picks (a member type's name or number binds -MemberType, other names -NotePropertyName), -TypeName alone, alias properties with a type, member and property sets, and the errors for member types and values Add-Member refuses
(Add-Member -InputObject a property Any -PassThru).property
(Add-Member -InputObject a 23 Any -PassThru).23
(Add-Member -InputObject a 8 np Any -PassThru).np
(Add-Member -InputObject a 16 sp { 1 + 1 } -PassThru).sp
$o = New-Object psobject
Add-Member -InputObject $o @{ Name = 'n'; Count = 1 }
$o.Name, $o.Count -join ','
('string' | Add-Member -TypeName System.Object -PassThru).PSTypeNames[0]
('x' | Add-Member -TypeName int -PassThru).PSTypeNames[0]
$a = Add-Member -InputObject a -MemberType AliasProperty -Name Cnt -Value Length -PassThru
$a.Cnt, $a.Cnt.GetType().Name -join ' '
$s = Add-Member -InputObject a -MemberType AliasProperty -Name Cnt -Value Length -SecondValue String -PassThru
$s.Cnt.GetType().Name
$m = Add-Member -InputObject a -MemberType MemberSet -Name Set -Value $null -PassThru
$null -eq $m.Set.a
$p = [pscustomobject]@{ a = 1; b = 2 } | Add-Member PropertySet Both a, b -PassThru
$p.Both.ReferencedPropertyNames -join ','
function Id { param($block) try { & $block } catch { $_.FullyQualifiedErrorId } }
Id { Add-Member -InputObject a -MemberType Method -Name N }
Id { Add-Member -InputObject a -MemberType AnythingElse -Name N }
Id { Add-Member -InputObject a -MemberType '' -Name N }
Id { Add-Member -InputObject a -MemberType Properties -Name N }
Id { Add-Member -InputObject a -MemberType NoteProperty -Name N -Value 1 -SecondValue 2 }
Id { Add-Member -InputObject a -MemberType ScriptProperty -Name N -Value $null -SecondValue $null }
Id { Add-Member -InputObject a -MemberType AliasProperty -Name N -Value Length -SecondValue NoSuchType }
Id { Add-Member -InputObject a -MemberType CodeProperty -Name N -Value something }
Id { Add-Member -InputObject a -MemberType MemberSet -Name N -Value NotACollection }
Id { Add-Member -Name $null }
Id { Add-Member -Name '' }
Id { Add-Member -InputObject $null -TypeName T }
Id { Add-Member -InputObject a -TypeName '' }
Id { Add-Member -InputObject a }
$o | Add-Member -NotePropertyName Name -NotePropertyValue 'again' -ErrorAction SilentlyContinue -ErrorVariable clash
$clash[0].FullyQualifiedErrorId
$clash[0].Exception.GetType().FullName
