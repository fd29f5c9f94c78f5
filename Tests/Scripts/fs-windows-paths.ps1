# fs-windows-paths: `\` separates path parts in every file cmdlet, redirection and script call, as pwsh on Linux reads it; a drive letter names a drive Linux does not have
Set-Location $env:HOME
New-Item .\Reports -ItemType Directory | Out-Null
Test-Path .\Reports -PathType Container
'name,city' | Set-Content .\Reports\users.csv
Add-Content -Path .\Reports\users.csv -Value 'ann,Oslo'
Get-Content .\Reports\users.csv
Import-Csv .\Reports\users.csv | ForEach-Object { "$($_.name) in $($_.city)" }
Import-Csv .\Reports\users.csv | Export-Csv "$env:HOME\Reports\out.csv"
(Get-Content "$env:HOME\Reports\out.csv")[1]
'line one' | Out-File .\Reports\list.txt
'redirected' > .\Reports\redirected.txt
'appended' >> .\Reports\redirected.txt
Get-Content .\Reports\redirected.txt
(Get-ChildItem .\Reports).Name
Copy-Item .\Reports\list.txt .\Reports\copy.txt
Move-Item .\Reports\copy.txt .\Reports\moved.txt
Remove-Item .\Reports\list.txt
(Get-ChildItem .\Reports\*.txt).Name
Split-Path (Resolve-Path .\Reports\moved.txt).Path -Leaf
Join-Path .\Reports out.csv
Split-Path .\Reports\out.csv -Leaf
(Get-Item .\Reports\..\Reports\out.csv).Name
'function Get-Greeting { "hello from lib" }' | Set-Content .\Reports\lib.ps1
. .\Reports\lib.ps1
Get-Greeting
'"script says $($args[0])"' | Set-Content .\Reports\script.ps1
& .\Reports\script.ps1 hi
.\Reports\script.ps1 there
Set-Location .\Reports
(Get-Location).Path -eq (Join-Path $env:HOME Reports)
Set-Location ..
Test-Path C:\Reports
New-Item C:\Reports -ItemType Directory
"status: $?"
$Error[0].FullyQualifiedErrorId
$Error[0].CategoryInfo.Category
$Error[0].TargetObject
$Error[0].Exception.GetType().FullName
Get-Content C:\Reports\list.txt -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
Join-Path C:\Reports out.csv -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
try { [pscustomobject]@{ a = 1 } | Export-Csv C:\Reports\out.csv } catch { $_.FullyQualifiedErrorId }
try { 'x' > D:\out.txt } catch { $_.Exception.Message }
(Get-ChildItem .\Reports\users.csv | Get-Content)[0]
Get-ChildItem .\Reports\users.csv | Import-Csv | ForEach-Object city
Get-Content -LiteralPath "Microsoft.PowerShell.Core\FileSystem::$env:HOME\Reports\users.csv" -TotalCount 1
Resolve-Path C:\Windows -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
Set-Location C:\ -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
(Get-Location).Path -eq $env:HOME
