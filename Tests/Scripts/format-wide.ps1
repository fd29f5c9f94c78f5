# format-wide: Format-Wide -Column 3 shares the 119 usable cells among three columns; two
# columns by default; -AutoSize fits as many as the widest value allows (layout of a short last
# row unconfirmed: no trailing padding)
$objs = 'alpha','beta','gamma','delta','epsilon' | ForEach-Object { [pscustomobject]@{Name=$_} }
$objs | Format-Wide -Column 3 -Property Name
$objs | Format-Wide -AutoSize
