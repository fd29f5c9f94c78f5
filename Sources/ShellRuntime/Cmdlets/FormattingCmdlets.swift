/// The cmdlets and aliases of one area: the formatting and output cmdlets (Format-*, Out-*).
enum FormattingCmdlets {
  static let all: [any Cmdlet.Type] = []
  static let aliases: [(String, String)] = []
}
