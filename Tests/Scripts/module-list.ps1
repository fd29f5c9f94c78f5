# module-list: Get-Module -ListAvailable writes pwsh 7's grouped view: a "    Directory:" header per module path
# entry, then ModuleType, Version, PreRelease, Name, PSEdition (CompatiblePSEditions cut to four letters, Desk
# when the manifest has none) and ExportedCommands; the modules need not be imported
(Get-Module -ListAvailable Microsoft.Graph.Groups).ModuleBase
Get-Module -ListAvailable -Name ActiveDirectory, ADSync
