# lang-preference-suspend: a local preference variable holding Suspend (reserved by pwsh) is
# refused when a command reads it, with pwsh's NotSupportedException (ExecutionContext's
# CheckActionPreference and ErrorPackage's ReservedActionPreferenceReplacedError), and the variable
# gets its default back; the global variables refuse Suspend when it is assigned.
function Show([scriptblock] $Block) {
    try { & $Block } catch { "$($_.FullyQualifiedErrorId) | $($_.CategoryInfo.Reason) | $($_.Exception.Message)" }
}
Show { $WarningPreference = 'Suspend'; Write-Warning 'w'; 'not reached' }
Show { $DebugPreference = 'Suspend'; try { Write-Debug 'd' } catch { "caught; now $DebugPreference" } }
Show { $ErrorActionPreference = 'Suspend'; Write-Error 'e' }
Show { $global:VerbosePreference = 'Suspend' }
"global: $VerbosePreference"
