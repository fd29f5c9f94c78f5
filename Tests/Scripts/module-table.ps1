# module-table: Get-Module prints pwsh 7's PSModuleInfo table (ModuleType, Version and PreRelease 10 cells,
# Name 35, then ExportedCommands as a collection of at most $FormatEnumerationLimit names); Get-Module
# -ListAvailable finds modules that are not imported; -PassThru writes the PSModuleInfo
Import-Module ActiveDirectory
Get-Module
Import-Module Microsoft.PowerShell.Management -PassThru | Format-List Name, ModuleType, Version
(Get-Module -ListAvailable -Name ADSync).Version
@(Get-Module -Name ADSync).Count
