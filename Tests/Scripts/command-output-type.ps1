# command-output-type: Get-Command shows the type a cmdlet declares with [OutputType] (PSTypeName objects
# with Name and Type), a function's [OutputType([T])] or [OutputType('T')] by the type's full name, and an
# alias its command's
(Get-Command Get-ADUser).OutputType.Name
(Get-Command Get-ADGroupMember).OutputType.Name
(Get-Command Get-MgGroup).OutputType | ForEach-Object Type
function Get-Label { [OutputType([string])] param() 'x' }
function Get-Staff { [OutputType('Microsoft.ActiveDirectory.Management.ADUser', [int])] param() }
(Get-Command Get-Label).OutputType.Name
(Get-Command Get-Staff).OutputType.Name
@((Get-Command Remove-ADUser).OutputType).Count
(Get-Command Get-Date).OutputType.Name
(Get-Command gci).OutputType.Name
