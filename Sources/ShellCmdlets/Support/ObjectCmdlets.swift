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
  /// pwsh 7's aliases of these cmdlets on Linux (InitialSessionState's alias table): the
  /// Windows-only `sort`, `tee`, `compare` and `diff` would hide the programs of those names.
  static let aliases: [(String, String)] = [
    ("select", "Select-Object"), ("group", "Group-Object"),
    ("measure", "Measure-Object"), ("gm", "Get-Member"),
    ("gv", "Get-Variable"), ("sv", "Set-Variable"), ("set", "Set-Variable"),
    ("clv", "Clear-Variable"), ("rv", "Remove-Variable"), ("gal", "Get-Alias"),
    ("sal", "Set-Alias"), ("nal", "New-Alias"), ("gu", "Get-Unique"), ("iex", "Invoke-Expression"),
    ("sls", "Select-String"),
  ]
}
