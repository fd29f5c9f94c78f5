/// The cmdlets and aliases of one area: the object cmdlets (Select-, Sort-, Group-, Measure-Object, Get-Member, ...).
enum ObjectCmdlets {
  static let all: [any Cmdlet.Type] = []
  static let aliases: [(String, String)] = []
}
