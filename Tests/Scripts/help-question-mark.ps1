# help-question-mark: -? after a command shows its help page instead of running it (Get-Help -Name command),
# so nothing is bound and no mandatory parameter is asked for; an alias shows its command's page
(Get-ADGroupMember -?)[1..2]
function Get-Thing { param([Parameter(Mandatory)]$Name) 'ran' }
Get-Thing -?
(gci -?)[2]
