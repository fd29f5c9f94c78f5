# Select-Object -First stops the commands before it: only three objects are ever made
$script:made = 0
$first = 1..1000000 | ForEach-Object { $script:made++; $_ } | Select-Object -First 3
$first -join ','
$made
function Emit { for ($i = 1; $i -le 5; $i++) { $script:emitted = $i; $i } }
Emit | Select-Object -First 2
$emitted
$none = 1..10 | Select-Object -First 0
"[$none]"
