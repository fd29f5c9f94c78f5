import Foundation
import ShellCore
import ShellFormatting
import ShellSyntax

/// The cmdlets and aliases of one area: the item cmdlets (Get-ChildItem, Get-Item, New-Item,
/// Remove-Item, Copy-Item, Move-Item, Rename-Item, Invoke-Item) and the `mkdir` function.
///
/// The aliases are pwsh 7's on Linux, which leaves `ls`, `rm`, `cp` and `mv` to the system's
/// programs.
enum ItemCmdlets {
  static let all: [any Cmdlet.Type] = [
    GetChildItem.self, GetItem.self, NewItem.self, RemoveItem.self, CopyItem.self,
    MoveItem.self, RenameItem.self, InvokeItem.self,
  ]
  static let aliases: [(String, String)] = [
    ("gci", "Get-ChildItem"), ("dir", "Get-ChildItem"), ("gi", "Get-Item"),
    ("ni", "New-Item"), ("ri", "Remove-Item"), ("del", "Remove-Item"),
    ("erase", "Remove-Item"), ("rd", "Remove-Item"),
    ("copy", "Copy-Item"), ("cpi", "Copy-Item"), ("move", "Move-Item"), ("mi", "Move-Item"),
    ("ren", "Rename-Item"), ("rni", "Rename-Item"), ("ii", "Invoke-Item"),
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
      do {
        let matches =
          literal || !LocationCmdlets.isWildcard(path)
          ? [try interpreter.resolvePath(path)].filter { exists($0) }
          : try LocationCmdlets.expand(path, interpreter)
        if matches.isEmpty, literal || !LocationCmdlets.isWildcard(path) {
          try context.writeError(
            FileContent.pathNotFound(try interpreter.resolvePath(path), context))
        }
        found += matches
      } catch let drive as DriveNotFoundError {
        try context.writeError(context.errorRecord(drive))
      }
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

  /// Where an item copied or moved to `destination` lands: inside it when it is an existing
  /// directory, else at the destination itself.
  static func target(of source: String, at destination: String) -> String {
    guard LocationCmdlets.isDirectory(destination) else { return destination }
    let base = destination == "/" ? "" : destination
    return base + "/" + (source as NSString).lastPathComponent
  }

  /// Whether the folder a new item goes into exists; writes pwsh's error when it does not.
  static func parentExists(of path: String, _ context: CommandContext) throws -> Bool {
    let parent = SplitPath.parent(path)
    guard parent.isEmpty || LocationCmdlets.isDirectory(parent) else {
      try context.writeError(
        CmdletErrors.record(
          context, "\(context.commandName.replacingOccurrences(of: "-", with: ""))IOError",
          "Could not find a part of the path '\(path)'.", category: .writeError,
          target: .string(path), exceptionType: "System.IO.DirectoryNotFoundException"))
      return false
    }
    return true
  }

  /// Clears the way for a move or rename onto `target`: with -Force an existing file there is
  /// deleted; otherwise an existing item is pwsh's IOException and the caller skips the item.
  static func replaceExisting(_ target: String, source: String, _ context: CommandContext) throws
    -> Bool
  {
    guard exists(target) else { return true }
    if context.parameters.isSet("Force"), !LocationCmdlets.isDirectory(target) {
      try FileManager.default.removeItem(atPath: target)
      return true
    }
    let operation = context.commandName.replacingOccurrences(of: "-", with: "")
    try context.writeError(
      CmdletErrors.record(
        context, "\(operation)IOError", "Cannot create a file when that file already exists.",
        category: .writeError, target: .string(source), exceptionType: "System.IO.IOException"))
    return false
  }
}
