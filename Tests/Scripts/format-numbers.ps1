# format-numbers: numbers right-aligned; floating point in generated tables uses two decimals
# ("F", PowerShell 7.3+), lists and bare values keep full precision (§1.3, §1.5, §1.7)
$rows = [pscustomobject]@{Name='pi'; Value=3.14159},
        [pscustomobject]@{Name='big'; Value=1234.5},
        [pscustomobject]@{Name='int'; Value=42}
$rows | Format-Table
$rows[0] | Format-List
3.14159
