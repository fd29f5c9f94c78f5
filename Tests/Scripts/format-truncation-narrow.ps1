# test: width=30
# format-truncation-narrow: on a 30-column console (29 usable) the last column shrinks and cuts
# its text with an ellipsis; a column that would drop below one cell is hidden (§1.3)
[pscustomobject]@{Name='short'; Description='This is a rather long description text'} | Format-Table
[pscustomobject]@{A='a' * 27; B='b'; C='c'} | Format-Table
