# deep-nesting: realistic deep nesting (3,000 operators, pipeline stages and member accesses) runs instead of overflowing the stack
Invoke-Expression ('1+' * 3000 + '1')
Invoke-Expression ('1 | ' + ('ForEach-Object { $_ + 1 } | ' * 3000) + 'ForEach-Object { $_ }')
$a = [pscustomobject]@{ b = $null }
$a.b = $a
(Invoke-Expression ('$a' + ('.b' * 3000))) -eq $a
