# sleep-random-guid: Start-Sleep waits and writes nothing; New-Guid writes a System.Guid whose
# string is its Guid property; Get-Random's numbers stay in [Minimum, Maximum), are doubles when a bound is a
# double, repeat after -SetSeed, and its picks are distinct items of the input
Start-Sleep -Milliseconds 5
Start-Sleep 0.01
$guid = New-Guid
"$guid" -eq $guid.Guid
$guid.Guid -match '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
$rolls = Get-Random -Minimum 1 -Maximum 7 -Count 100 -SetSeed 11
($rolls | Where-Object { $_ -lt 1 -or $_ -gt 6 }).Count
$rolls[0].GetType().Name
$first = Get-Random -SetSeed 99
$first -eq (Get-Random -SetSeed 99)
$first -ge 0
(Get-Random -Minimum 1.5 -Maximum 2).GetType().Name
$picked = 'a', 'b', 'c', 'd' | Get-Random -Count 2
$picked.Count
$picked[0] -ne $picked[1]
(Get-Random -InputObject 3, 1, 2 -Shuffle | Sort-Object) -join ' '
Get-Random -Minimum 5 -Maximum 5
