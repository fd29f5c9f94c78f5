# Select-Object calculated properties: Name/N/Label/L with Expression/E (script block or name)
$items = [pscustomobject]@{ Name = 'a'; Size = 1kb }, [pscustomobject]@{ Name = 'b'; Size = 3kb }
$items | Select-Object Name, @{ Name = 'KB'; Expression = { $_.Size / 1kb } } |
  ForEach-Object { "$($_.Name)=$($_.KB)" }
$items | Select-Object @{ n = 'Upper'; e = { $_.Name.ToUpper() } }, @{ l = 'Bytes'; e = 'Size' } |
  ForEach-Object { "$($_.Upper):$($_.Bytes)" }
$c = $items[0] | Select-Object @{ Label = 'Both'; Expression = { $_.Name; $_.Size } }
$c.Both -join '+'
