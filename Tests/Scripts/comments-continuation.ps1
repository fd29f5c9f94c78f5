# comments-continuation: comments, block comments and line continuation
'one' # trailing comment
<# block
   comment #> 'two'
Write-Output a#b
Write-Output c #d
$x = 1 + `
    2
$x
$y = 1,
     2,
     3
$y.Count
$z = (1 +
      2)
$z
'a', 'b' |
    ForEach-Object { $_.ToUpper() }
Write-Output `
    continued
<#
multi-line
comment
#>
'end'
