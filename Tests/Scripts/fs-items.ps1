# fs-items: New-Item, mkdir, Get-ChildItem, Get-Item and Remove-Item in a scratch directory under $HOME; errors name the path and change nothing
$root = Join-Path $env:HOME 'fs-items'
$null = New-Item -Path $root -ItemType Directory
Set-Location $root
$null = mkdir logs
(New-Item -Path logs/app.log -Value 'started').Length
$null = New-Item -Name notes.txt -Value 'abc'
$null = New-Item -Path .hidden
Get-ChildItem -Name
'--'
Get-ChildItem -Name -Force
'--'
Get-ChildItem -Recurse -Name
'--'
Get-ChildItem -Recurse -File | ForEach-Object { "$($_.Name) $($_.Length)" }
(Get-ChildItem -Directory).Name
(Get-ChildItem -Force).Count
(Get-ChildItem -Path $root -Filter *.log -Recurse).FullName -eq (Join-Path $root 'logs/app.log')
(Get-ChildItem logs/app.log).Name
(Get-Item logs).PSIsContainer
(Get-Item notes.txt).GetType().FullName
(Get-Item logs).GetType().FullName
Get-Content notes.txt
New-Item notes.txt -ErrorAction SilentlyContinue
$Error[0].Exception.Message.Replace($root, 'ROOT')
$Error[0].FullyQualifiedErrorId
New-Item logs -ItemType Directory -ErrorAction SilentlyContinue
$Error[0].Exception.Message.Replace($root, 'ROOT')
$Error[0].FullyQualifiedErrorId
(New-Item logs -ItemType Directory -Force).Name
New-Item -Path nowhere/file.txt -ErrorAction SilentlyContinue
$Error[0].Exception.Message.Replace($root, 'ROOT')
Test-Path nowhere
Remove-Item missing.txt -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
Get-ChildItem missing -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
Remove-Item notes.txt
Test-Path notes.txt
Remove-Item logs -Recurse
Test-Path logs
Set-Location /
Remove-Item $root -Recurse -Force
Test-Path $root
