import ShellCore

/// The about_ topics of the lab: the lab itself, the ActiveDirectory module's -Filter language
/// (under the module's own topic name) and the sync cycle.
enum LabHelpTopics {
  static let all = [lab, filter, syncCycle]

  static let lab = HelpTopic(
    name: "about_ADLab",
    synopsis: "Describes the identity lab the ActiveDirectory, ADSync and Graph cmdlets work on.",
    paragraphs: [
      "The lab is an Active Directory domain (contoso.com), an Entra ID tenant and the Entra "
        + "Connect sync engine between them, kept in one SQLite file. The ActiveDirectory, "
        + "ADSync and Microsoft Graph cmdlets read and change it as the real modules would read "
        + "and change a domain controller, a sync server and a tenant.",
      "Each cmdlet that changes the lab is one transaction: it either happens completely or not "
        + "at all. Nothing flows between the domain and the tenant until a sync cycle runs "
        + "(Start-ADSyncSyncCycle, see about_ADSync_SyncCycle).",
      "The ADLab module has the cmdlets that have no counterpart in the real modules: "
        + "Reset-ADLab seeds the lab again, Checkpoint-ADLab and Restore-ADLab save and bring "
        + "back its state, New-ADLabBulkObjects and New-ADLabBulkCloudGroups add many objects "
        + "at once, Get-ADSyncPendingChange shows what the next cycle would export, "
        + "Get-ADSyncAttributeProvenance tells which sync rule set an attribute, and "
        + "Get-ADSyncObjectError lists the objects whose export or synchronization failed.",
      "    Get-Command -Module ADLab\n    Reset-ADLab -Force",
    ])

  static let filter = HelpTopic(
    name: "about_ActiveDirectory_Filter",
    synopsis: "Describes the -Filter language of the ActiveDirectory module's Get cmdlets.",
    paragraphs: [
      "The -Filter parameter of Get-ADUser, Get-ADGroup, Get-ADComputer, "
        + "Get-ADOrganizationalUnit and Get-ADObject takes a PowerShell-style expression that "
        + "the module turns into an LDAP search filter. -LDAPFilter takes an LDAP filter "
        + "(RFC 4515) as it is.",
      "A filter is * (every object of the cmdlet's class) or comparisons joined by -and and "
        + "-or, each one optionally negated by -not, with parentheses for grouping. -and binds "
        + "more tightly than -or. A comparison has a property name on the left, an operator, "
        + "and a value on the right: a quoted string, a number, a variable or a property of a "
        + "variable. Property names are the module's names (SamAccountName, Enabled) or LDAP "
        + "attribute names (sAMAccountName, description), in any case.",
      "The operators are -eq, -ne, -lt, -le, -gt, -ge, -like, -notlike, -approx, -band, -bor "
        + "and -recursivematch. -like is the only one that treats * as a wildcard. -ne, "
        + "-notlike, -lt and -gt return only objects that have the attribute; "
        + "'Attribute -notlike \"*\"' finds the objects that lack it. -band and -bor test bits, "
        + "and -recursivematch follows nested group membership.",
      "Operators such as -in, -contains, -match, case-sensitive comparisons, arithmetic, "
        + "method calls and $null are not part of the language.",
      "    Get-ADUser -Filter \"Department -eq 'HR'\"\n"
        + "    Get-ADGroup -Filter 'GroupCategory -eq \"Security\" -and Name -like \"App*\"'\n"
        + "    Get-ADUser -Filter {Enabled -eq $false}",
    ])

  static let syncCycle = HelpTopic(
    name: "about_ADSync_SyncCycle",
    synopsis: "Describes the Entra Connect sync cycle and how to run it in the lab.",
    paragraphs: [
      "A sync cycle moves changes between the domain and the tenant through the sync engine. "
        + "For each connector it runs an import (from the directory into the connector "
        + "space), then a synchronization (through the sync rules into the metaverse and out "
        + "to the other connector spaces), then an export (from the connector space to the "
        + "directory).",
      "A delta cycle (Start-ADSyncSyncCycle -PolicyType Delta) runs Delta Import and Delta "
        + "Synchronization, which handle only what changed; an initial cycle (-PolicyType "
        + "Initial) runs Full Import and Full Synchronization. Without -PolicyType the "
        + "scheduler's next policy is used. In staging mode the exports are skipped.",
      "Get-ADSyncScheduler shows the cycle interval and the next policy, "
        + "Get-ADSyncRunProfileResult the history of run steps, Get-ADSyncCSObject and "
        + "Get-ADSyncMVObject the objects in the connector spaces and the metaverse. "
        + "Start-ADSyncSyncCycle -WhatIf and Get-ADSyncPendingChange preview the exports of "
        + "the next cycle without running it.",
      "An object whose export or synchronization fails keeps the error until a later one "
        + "succeeds: Get-ADSyncCSObject shows HasExportError and ExportError (or HasSyncError "
        + "and SynchronizationError) with the error type, the directory's code and text, the "
        + "first and latest occurrence and the retry count; the run step that met it ends "
        + "completed-export-errors or completed-sync-errors and lists it in SyncErrors; "
        + "Get-ADSyncObjectError lists every object in error. The next cycle retries it.",
      "    Start-ADSyncSyncCycle -PolicyType Delta\n    Get-ADSyncRunProfileResult",
    ])
}
