# help-mandatory-noninteractive: without a terminal the host cannot prompt for a missing mandatory parameter, so
# the binder fails with MissingMandatoryParameter (ParameterBinderStrings.MissingMandatoryParameter), for
# cmdlets and advanced functions alike
try { Get-ADGroupMember } catch { $_.Exception.Message; $_.Exception.GetType().FullName; $_.CategoryInfo.Category }
function Get-Thing { param([Parameter(Mandatory, HelpMessage = 'Who to greet')][string]$Name) "hi $Name" }
try { Get-Thing } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
