# [pscustomobject]@{ PSTypeName = 'T' } names the object's type instead of adding a property
# (about_PSCustomObject); New-Object PSCustomObject -Property $null makes an empty object.
$item = [pscustomobject]@{ PSTypeName = 'Contoso.Item'; Name = 'one' }
$item.PSTypeNames -join ', '
$item.PSObject.Properties.Name
$item -is [pscustomobject]
$twice = [pscustomobject]@{ PSTypeName = 'System.Object' }
$twice.PSTypeNames.Count
$empty = New-Object PSCustomObject -Property $null
$empty.GetType().FullName
@($empty.PSObject.Properties).Count
