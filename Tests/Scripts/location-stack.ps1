# location-stack: Push-Location remembers the current location (on the default stack or a named one) and moves; Pop-Location returns; an empty default stack is no error, an unknown named one is
Set-Location /
Push-Location /tmp
$PWD.Path
Pop-Location
$PWD.Path
pushd /tmp -StackName work
Push-Location -Path /usr -StackName work
popd -StackName work -PassThru | ForEach-Object Path
Pop-Location -StackName work
$PWD.Path
Pop-Location
$PWD.Path
try { Pop-Location -StackName nothing -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
