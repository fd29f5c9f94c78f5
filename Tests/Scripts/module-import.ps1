# module-import: Import-Module takes the identity modules by name or by the path of their manifest and writes
# nothing; a Graph sub-module also imports Microsoft.Graph.Authentication (its RequiredModules); Get-Module lists
# the imported modules by name; an unknown module is pwsh's Modules_ModuleNotFound error (ResourceUnavailable)
Import-Module ActiveDirectory
Import-Module 'C:\Program Files\Microsoft Azure AD Sync\Bin\ADSync\ADSync.psd1'
Import-Module Microsoft.Graph.Groups
(Get-Module).Name
Import-Module NoSuchModule
$Error[0].FullyQualifiedErrorId
$Error[0].CategoryInfo.Category
Remove-Module ADSync
(Get-Module).Name
(Import-Module Microsoft.Graph -PassThru).Name
(Get-Module Microsoft.Graph.*).Count
