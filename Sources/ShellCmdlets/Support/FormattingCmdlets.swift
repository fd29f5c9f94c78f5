import ShellCore

/// The cmdlets and aliases of one area: the formatting and output cmdlets (Format-*, Out-*).
enum FormattingCmdlets {
  static let all: [any Cmdlet.Type] = [
    FormatTable.self, FormatList.self, FormatWide.self, OutDefault.self, OutHost.self,
    OutString.self, OutFile.self, UpdateFormatData.self,
  ]
  static let aliases: [(String, String)] = [
    ("ft", "Format-Table"), ("fl", "Format-List"), ("fw", "Format-Wide"), ("oh", "Out-Host"),
  ]
}
