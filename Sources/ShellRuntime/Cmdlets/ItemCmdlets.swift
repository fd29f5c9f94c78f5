import Foundation
import ShellSyntax

/// The cmdlets and aliases of one area: the item cmdlets (Get-ChildItem, Get-Item, New-Item,
/// Remove-Item, Copy-Item, Move-Item, Rename-Item) and the `mkdir` function.
///
/// The aliases are pwsh 7's on Linux, which leaves `ls`, `rm`, `cp` and `mv` to the system's
/// programs.
enum ItemCmdlets {
  static let all: [any Cmdlet.Type] = [
    GetChildItem.self, GetItem.self, NewItem.self, RemoveItem.self,
  ]
  static let aliases: [(String, String)] = [
    ("gci", "Get-ChildItem"), ("dir", "Get-ChildItem"), ("gi", "Get-Item"),
    ("ni", "New-Item"), ("ri", "Remove-Item"), ("del", "Remove-Item"),
    ("erase", "Remove-Item"), ("rd", "Remove-Item"), ("rmdir", "Remove-Item"),
  ]

  /// Registers the cmdlets, their aliases, `mkdir` and the file-system view.
  static func register(in interpreter: Interpreter) {
    for cmdlet in all { interpreter.register(cmdlet) }
    for (name, target) in aliases { interpreter.alias(name, target) }
    interpreter.formatViews.register(FileItems.formatView)
    // pwsh defines mkdir as a function that calls New-Item -ItemType Directory.
    _ = interpreter.run(SourceText("function mkdir { New-Item -ItemType Directory @args }"))
  }

  /// The paths a -Path or -LiteralPath argument names, or the error for each that names nothing.
  static func existing(_ context: CommandContext, defaultPath: String? = nil) throws -> [String] {
    let literal = context.parameters.contains("LiteralPath")
    var given = (context.parameters[literal ? "LiteralPath" : "Path"]?.enumerated ?? [])
      .map { providerPath($0.toText()) }
    if given.isEmpty, let defaultPath { given = [defaultPath] }
    let interpreter = context.interpreter
    var found: [String] = []
    for path in given {
      let matches =
        literal || !LocationCmdlets.isWildcard(path)
        ? [interpreter.resolvePath(path)].filter { exists($0) }
        : LocationCmdlets.expand(path, interpreter)
      if matches.isEmpty, literal || !LocationCmdlets.isWildcard(path) {
        try context.writeError(FileContent.pathNotFound(interpreter.resolvePath(path), context))
      }
      found += matches
    }
    return found
  }

  /// A path without the provider prefix that `PSPath` carries.
  static func providerPath(_ path: String) -> String {
    path.hasPrefix(FileItems.providerPrefix)
      ? String(path.dropFirst(FileItems.providerPrefix.count)) : path
  }

  /// Whether an item exists at the path, a dangling symbolic link included.
  static func exists(_ path: String) -> Bool {
    (try? FileManager.default.attributesOfItem(atPath: path)) != nil
  }

  /// A directory's entries: directories first, then files, each sorted by name, as pwsh lists
  /// them; names starting with `.` only with `force`.
  static func children(of directory: String, force: Bool) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    let base = directory == "/" ? "" : directory
    let paths = names.filter { force || !$0.hasPrefix(".") }.sorted().map { base + "/" + $0 }
    return paths.filter { LocationCmdlets.isDirectory($0) }
      + paths.filter { !LocationCmdlets.isDirectory($0) }
  }

  /// Writes the item object for a path.
  static func writeItem(_ path: String, _ context: CommandContext) throws {
    if let item = FileItems.item(path) { try context.write(.object(item)) }
  }
}
