# data-psserializer: [System.Management.Automation.PSSerializer] writes the CLIXML Export-Clixml writes (depth 1 unless given) and reads it back as deserialized objects
$xml = [System.Management.Automation.PSSerializer]::Serialize([pscustomobject]@{ a = 1; b = 'x' })
$xml
$back = [System.Management.Automation.PSSerializer]::Deserialize($xml)
$back.pstypenames[0]
$back.b
[Management.Automation.PSSerializer]::Serialize(@(1, 2), 3)
$two = [System.Management.Automation.PSSerializer]::Deserialize('<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04"><I32>1</I32><S>two</S></Objs>')
$two.Count
$two[1]
$null -eq [System.Management.Automation.PSSerializer]::Deserialize('<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04" />')
try { [System.Management.Automation.PSSerializer]::Serialize(1, 0) } catch { $_.Exception.Message }
