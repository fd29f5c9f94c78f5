# fs-env-drive: the Env: drive of pwsh's Environment provider: Test-Path, Get-Item, Get-ChildItem
# (DictionaryEntry items shown with the Name/Value table view, sorted by name), Get-Content and
# Remove-Item on environment variables; a missing one is ItemNotFound, as in pwsh.
$env:ADSH_DEMO_ONE = 'first'
$env:ADSH_DEMO_TWO = 'second'
Test-Path Env:\ADSH_DEMO_ONE
Test-Path Env:ADSH_DEMO_NONE
Test-Path Env:
(Get-Item Env:ADSH_DEMO_TWO).Value
Get-ChildItem Env:ADSH_DEMO_*
Get-Content Env:ADSH_DEMO_ONE
Remove-Item Env:ADSH_DEMO_ONE
Test-Path Env:ADSH_DEMO_ONE
try { Get-Item Env:ADSH_DEMO_ONE -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
