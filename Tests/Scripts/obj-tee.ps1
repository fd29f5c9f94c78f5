# Tee-Object passes objects on and keeps them in a variable (one object as itself)
1..4 | Tee-Object -Variable seen | Measure-Object -Sum | ForEach-Object Sum
$seen -join ','
'one' | Tee-Object -Variable single | Out-Null
$single.GetType().Name
'a', 'b' | Tee-Object -Variable letters | ForEach-Object { $_.ToUpper() }
$letters -join ''
