# native-arguments: each argument reaches a program as one argv entry holding exactly its text (Standard argument passing): empty strings stay, $null drops out, arrays give one argument per element, -name and -name:value pass as text, unquoted wildcards give the matching paths, and --% passes the rest of the line as words
printf '[%s]\n' a '' 'b c' $null "d`te" 'say "hi"'
$array = 'one', 'two'
printf '[%s]\n' $array
printf '[%s]\n' @array
printf '[%s]\n' -x -name:value --long 7 0x10 1.50
$splat = @{ Flag = 'on' }
printf '[%s]\n' @splat
$env:ADSH_WORD = 'expanded'
printf '[%s]\n' --% plain "two words" %ADSH_WORD% %NOT_SET_ANYWHERE%
printf '[%s]\n' --% piped | ForEach-Object { "<$_>" }
New-Item -ItemType Directory "$env:HOME/globs/sub" | Out-Null
Set-Content "$env:HOME/globs/b.txt" 'b'
Set-Content "$env:HOME/globs/a.txt" 'a'
Set-Content "$env:HOME/globs/sub/c.txt" 'c'
Set-Location "$env:HOME/globs"
printf '[%s]\n' *.txt sub/*.txt '*.txt' "*.txt" nothing*.log
