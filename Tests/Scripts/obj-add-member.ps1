# obj-add-member: note, alias and script properties and script methods on one object; an existing name needs -Force
$o = [pscustomobject]@{ Name = 'web01'; Size = 4 }
$o | Add-Member -NotePropertyName Site -NotePropertyValue 'Paris'
$o | Add-Member NoteProperty Owner 'ops'
$o | Add-Member -MemberType AliasProperty -Name Host -Value Name
$o | Add-Member ScriptProperty Double { $this.Size * 2 } { $this.Size = $args[0] / 2 }
$o | Add-Member ScriptMethod Grow { param($by) $this.Size += $by; $this.Size }
$o.Site, $o.Owner, $o.Host, $o.Double -join ','
$o.Double = 20
$o.Size
$o.Grow(3)
$o | Add-Member -NotePropertyName Site -NotePropertyValue 'Lyon'
$o.Site
$o | Add-Member -NotePropertyName Site -NotePropertyValue 'Lyon' -Force
$o.Site
$r = [pscustomobject]@{} | Add-Member -NotePropertyMembers ([ordered]@{ a = 1; b = 2 }) -PassThru
$r
$t = [pscustomobject]@{ x = 1 } | Add-Member -TypeName 'Contoso.Server' -NotePropertyName y -NotePropertyValue 2 -PassThru
$t.PSTypeNames[0]
$w = 'text' | Add-Member -NotePropertyName Tag -NotePropertyValue 'T' -PassThru
"$w $($w.Tag)"
$o | Add-Member ScriptProperty Bad 'not a block'
@($o.PSObject.Properties).Count
$o | Get-Member -MemberType AliasProperty, ScriptMethod, ScriptProperty | ForEach-Object { "$($_.MemberType): $($_.Definition)" }
