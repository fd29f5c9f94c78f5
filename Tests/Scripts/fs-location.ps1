# fs-location: Get-Location and Set-Location (cd - and cd ~), relative paths after a move, and the error for a missing path
Split-Path (Get-Location).Path -Leaf
Set-Location /
Get-Location
$PWD.Path
cd $env:HOME
Set-Content -Path 'here.txt' -Value 'x'
Test-Path (Join-Path $env:HOME 'here.txt')
cd /
cd -
Test-Path here.txt
cd /usr
cd ~
Test-Path ./here.txt
sl /
(Set-Location -Path $env:HOME -PassThru).GetType().FullName
Set-Location /nonexistent-adsh-dir
"status: $?"
$Error[0].FullyQualifiedErrorId
$Error[0].CategoryInfo.Category
Test-Path here.txt
