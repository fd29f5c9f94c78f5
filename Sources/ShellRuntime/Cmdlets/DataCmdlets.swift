/// The cmdlets and aliases of one area: the data and discovery cmdlets (JSON, CSV, content, Get-Command, Get-Help).
enum DataCmdlets {
  static let all: [any Cmdlet.Type] = []
  static let aliases: [(String, String)] = []
}
