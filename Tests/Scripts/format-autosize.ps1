# format-autosize: -AutoSize measures every row and overrides the widths of a view, so the
# hashtable's Name column is no longer 30 cells (§1.3)
[ordered]@{ a = 1; bb = 22 } | Format-Table -AutoSize
