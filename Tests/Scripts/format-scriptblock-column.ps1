# format-scriptblock-column: a script block column without a label is labelled with the text
# between its braces, spaces included (§1.3)
[pscustomobject]@{p=3} | Format-Table { $_.p % 2 }
