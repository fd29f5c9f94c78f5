# hashtables: case-insensitive keys, adding, merging and key listing
$h = @{ Name = 'box'; Size = 3 }
$h.Count
$h.Name
$h['size']
$h.NAME
$h.ContainsKey('name')
$h.ContainsKey('missing')
$null -eq $h['missing']
$h.Color = 'red'
$h['Weight'] = 10
$h.Count
$h2 = $h + @{ Extra = 1 }
$h2.Count
$h.Count
$k = [string[]]$h.Keys
[array]::Sort($k)
$k -join ','
$h.Remove('Color')
$h.Count
$h.Size += 1
$h.Size
$n = @{}
$n.Count
@{ 1 = 'one' }[1]
