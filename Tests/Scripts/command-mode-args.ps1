# command-mode-args: how arguments are parsed in command (argument) mode
$a = 4
Write-Output hello
Write-Output $a+2
Write-Output ($a + 2)
Write-Output 0x10
(Write-Output 0x10) + 1
Write-Output 1kb
Write-Output a,b,c
Write-Output "x$a"
Write-Output x$a
Write-Output '$a'
Write-Output -InputObject:'colon form'
Write-Output 12abc
Write-Output 1.50
echo 007
Write-Output -- -notparam
Write-Host one two three
Write-Host -NoNewline 'no newline'; Write-Host ' done'
