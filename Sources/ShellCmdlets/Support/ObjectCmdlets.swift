import ShellCore

/// The cmdlets and aliases of one area: the object cmdlets (Select-, Sort-, Group-, Measure-Object, Get-Member, ...).
enum ObjectCmdlets {
  static let all: [any Cmdlet.Type] = [
    SelectObject.self, SortObject.self, GroupObject.self, MeasureObject.self, GetMember.self,
    TeeObject.self, WriteWarning.self, WriteVerbose.self, WriteDebug.self, WriteInformation.self,
    WriteProgress.self, NewObject.self, GetDate.self, GetVariable.self, SetVariable.self,
    ClearVariable.self, RemoveVariable.self, GetAlias.self, SetAlias.self, NewAlias.self,
    NewTimeSpan.self, MeasureCommand.self, GetUnique.self, JoinString.self, InvokeExpression.self,
    AddMember.self, CompareObject.self, SelectString.self,
  ]
  /// The Windows PowerShell 7 aliases of these cmdlets, including the Windows-only `sort` and
  /// `tee` (InitialSessionState's alias table).
  static let aliases: [(String, String)] = [
    ("select", "Select-Object"), ("sort", "Sort-Object"), ("group", "Group-Object"),
    ("measure", "Measure-Object"), ("gm", "Get-Member"), ("tee", "Tee-Object"),
    ("gv", "Get-Variable"), ("sv", "Set-Variable"), ("set", "Set-Variable"),
    ("clv", "Clear-Variable"), ("rv", "Remove-Variable"), ("gal", "Get-Alias"),
    ("sal", "Set-Alias"), ("nal", "New-Alias"), ("gu", "Get-Unique"), ("iex", "Invoke-Expression"),
    ("compare", "Compare-Object"), ("diff", "Compare-Object"), ("sls", "Select-String"),
  ]
}
