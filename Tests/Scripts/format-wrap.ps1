# format-wrap: -Wrap splits a cell at its line breaks; without it the cell is cut at the first
# break with an ellipsis; the column is measured on the whole string (§1.3 test evidence)
$o = [pscustomobject]@{A=1;B=2;Name="This`nIs some random`nmultiline content"}
$o | Format-Table -Wrap
$o | Format-Table
