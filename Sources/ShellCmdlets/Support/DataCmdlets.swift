import ShellCore

/// The cmdlets and aliases of one area: the data and discovery cmdlets (JSON, CSV, CLIXML,
/// HTML, content, Get-Command, Get-Help).
enum DataCmdlets {
  static let all: [any Cmdlet.Type] = [
    ConvertToJson.self, ConvertFromJson.self, ConvertToCsv.self, ConvertFromCsv.self,
    ExportCsv.self, ImportCsv.self, GetContent.self, SetContent.self, AddContent.self,
    GetCommand.self, GetHelp.self, ConvertToHtml.self, ExportClixml.self, ImportClixml.self,
  ]
  /// pwsh 7's aliases for these cmdlets on Linux (`sc` for Set-Content is gone since 6; the
  /// Windows-only `cat`, `ac` and `man` would hide the programs of those names).
  static let aliases: [(String, String)] = [
    ("ipcsv", "Import-Csv"), ("epcsv", "Export-Csv"), ("gc", "Get-Content"),
    ("type", "Get-Content"), ("gcm", "Get-Command"), ("help", "Get-Help"),
  ]
}
