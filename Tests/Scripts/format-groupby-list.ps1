# format-groupby-list: Format-List -GroupBy; the group label line is followed by an empty line
# and list entries keep their own trailing empty line (unconfirmed: no extra empty line at a
# group change of a list)
[pscustomobject]@{Name='alpha'; Type='A'},
[pscustomobject]@{Name='beta'; Type='B'} | Format-List Name -GroupBy Type
