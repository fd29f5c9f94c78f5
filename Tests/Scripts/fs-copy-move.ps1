# fs-copy-move: Copy-Item, Move-Item and Rename-Item in a scratch directory under $HOME; a refused operation changes nothing
$root = Join-Path $env:HOME 'fs-copy-move'
$null = New-Item -Path $root/src/a.txt -Value 'A' -Force
$null = New-Item -Path $root/src/sub/b.txt -Value 'B' -Force
Set-Location $root
Copy-Item src/a.txt a-copy.txt
Get-Content a-copy.txt
Copy-Item src shallow
Get-ChildItem shallow -Recurse -Name
'--'
Copy-Item src deep -Recurse
Get-ChildItem deep -Recurse -Name
'--'
Copy-Item src/a.txt deep
Copy-Item a-copy.txt deep/a.txt
Get-Content deep/a.txt
Move-Item a-copy.txt shallow
Test-Path a-copy.txt, shallow/a-copy.txt
Move-Item deep/a.txt shallow/a-copy.txt -ErrorAction SilentlyContinue
$Error[0].Exception.Message
Test-Path deep/a.txt
Move-Item deep/a.txt shallow/a-copy.txt -Force
Get-ChildItem deep -Name
Rename-Item shallow/a-copy.txt renamed.txt
Get-ChildItem shallow -Name
Rename-Item missing.txt other.txt -ErrorAction SilentlyContinue
$Error[0].Exception.Message
$Error[0].FullyQualifiedErrorId
(Rename-Item shallow new-name -PassThru).Name
Copy-Item src/a.txt nowhere/a.txt -ErrorAction SilentlyContinue
$Error[0].Exception.Message.Replace($root, 'ROOT')
Test-Path nowhere
Move-Item src src/sub -ErrorAction SilentlyContinue
$Error[0].Exception.Message.Replace($root, 'ROOT')
Test-Path src/sub/b.txt
Set-Location /
Remove-Item $root -Recurse
Test-Path $root
