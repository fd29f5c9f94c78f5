# obj-psobject-properties: .PSObject.Properties is live as pwsh's member collection: Add takes a
# PSNoteProperty, Remove drops a property, Item and the indexer find one by name (case-insensitive,
# $null when absent), Match filters by wildcard.
$user = [pscustomobject]@{ Name = 'jdoe'; Title = 'Engineer'; Office = 'Oslo' }
$user.PSObject.Properties.Add([System.Management.Automation.PSNoteProperty]::new('Manager', 'asmith'))
$user.PSObject.Properties.Remove('Office')
$user | Format-List
$user.PSObject.Properties.Item('title').Value
$user.PSObject.Properties['Manager'].MemberType
$null -eq $user.PSObject.Properties.Item('Office')
($user.PSObject.Properties.Match('*a*') | ForEach-Object Name) -join ','
$note = New-Object System.Management.Automation.PSNoteProperty 'Site', 'HQ'
"$($note.Name)=$($note.Value)"
try { $user.PSObject.Properties.Add($note); $user.PSObject.Properties.Add($note) } catch { $_.FullyQualifiedErrorId }
$user.Site
