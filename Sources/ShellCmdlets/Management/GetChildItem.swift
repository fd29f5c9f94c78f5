import Foundation
import ShellCore

/// Get-ChildItem (`gci`, `dir`): writes the items in directories, optionally recursively.
final class GetChildItem: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-ChildItem",
    synopsis: "Gets the items and child items in one or more specified locations.",
    description: """
      Writes a DirectoryInfo or FileInfo object for each item in the given directories (the \
      current location by default): directories first, then files, each sorted by name. A \
      path that names a file writes that file. -Recurse descends into subdirectories, after \
      each directory's own items; -Depth limits how deep. Names starting with `.` are hidden \
      unless -Force is given. -Name writes the paths relative to the directory listed.
      """,
    parameters: [
      ParameterDeclaration(
        "Path", .stringArray, position: 0, pipeline: [.byValue, .byPropertyName],
        sets: ["Items"], help: "The directories or files to list; wildcards are permitted."),
      ParameterDeclaration(
        "LiteralPath", .stringArray, mandatory: true, pipeline: .byPropertyName,
        sets: ["LiteralItems"], aliases: ["PSPath", "LP"],
        help: "The directories or files to list, taken exactly as written."),
      ParameterDeclaration(
        "Filter", .string, position: 1, help: "A wildcard pattern the item names must match."),
      ParameterDeclaration(
        "Include", .stringArray,
        help: "Wildcard patterns; only items whose names match are written."),
      ParameterDeclaration(
        "Exclude", .stringArray, help: "Wildcard patterns; items whose names match are left out."),
      ParameterDeclaration(
        "Recurse", .switchParameter, aliases: ["s", "r"],
        help: "Lists the items of every subdirectory too."),
      ParameterDeclaration(
        "Depth", .int, help: "How many levels of subdirectories -Recurse descends; implies it."),
      ParameterDeclaration(
        "File", .switchParameter, aliases: ["af"], help: "Writes only files."),
      ParameterDeclaration(
        "Directory", .switchParameter, aliases: ["ad"], help: "Writes only directories."),
      ParameterDeclaration(
        "Name", .switchParameter,
        help: "Writes only the item names (relative paths with -Recurse) as strings."),
      ParameterDeclaration(
        "Force", .switchParameter, help: "Includes hidden items (names starting with `.`)."),
    ],
    defaultParameterSet: "Items",
    examples: [
      CmdletExample(
        "$dir = Join-Path $HOME 'gci-example'\n"
          + "$null = New-Item -Path $dir/sub/deep.txt -ItemType File -Force\n"
          + "Set-Content -Path $dir/b.txt -Value 'bee'\n"
          + "Get-ChildItem -Path $dir -Recurse -Name",
        remarks: "Directories come first; -Name writes relative paths.",
        prints: "sub\nb.txt\nsub/deep.txt\n"),
      CmdletExample(
        "$dir = Join-Path $HOME 'gci-example-files'\n"
          + "$null = New-Item $dir -ItemType Directory\n"
          + "Set-Content -Path $dir/a.log -Value 'x'\n"
          + "Get-ChildItem $dir -File | Select-Object Name, Length",
        remarks: "Files only, with their sizes in bytes.",
        prints: "\nName  Length\n----  ------\na.log      2\n\n"),
    ],
    module: "Microsoft.PowerShell.Management", outputType: CoreOutputTypes.fileSystemItems)

  required init() {}

  func process(_ context: CommandContext) throws {
    if try EnvironmentDrive.writeItems(context) { return }
    let roots = try ItemCmdlets.existing(context, defaultPath: ".")
    for root in roots {
      if !LocationCmdlets.isDirectory(root) {
        if accepts(root, context) {
          try write(root, relative: (root as NSString).lastPathComponent, context)
        }
        continue
      }
      try list(root, prefix: "", level: 0, context)
    }
  }

  /// How many levels below a listed directory are listed: -Depth, unlimited for -Recurse.
  private func maximumDepth(_ context: CommandContext) -> Int {
    if let depth = context.parameters["Depth"]?.intValue { return depth }
    return context.parameters.isSet("Recurse") ? Int.max : 0
  }

  /// Writes one directory's items, then descends into its subdirectories.
  private func list(_ directory: String, prefix: String, level: Int, _ context: CommandContext)
    throws
  {
    let force = context.parameters.isSet("Force")
    let entries = ItemCmdlets.children(of: directory, force: force)
    for entry in entries where accepts(entry, context) {
      try write(entry, relative: prefix + (entry as NSString).lastPathComponent, context)
    }
    guard level < maximumDepth(context) else { return }
    for entry in entries where LocationCmdlets.isDirectory(entry) {
      try context.interpreter.checkCancelled()
      let name = (entry as NSString).lastPathComponent
      try list(entry, prefix: prefix + name + "/", level: level + 1, context)
    }
  }

  /// Whether an item passes -File, -Directory, -Filter, -Include and -Exclude.
  private func accepts(_ path: String, _ context: CommandContext) -> Bool {
    let name = (path as NSString).lastPathComponent
    let isDirectory = LocationCmdlets.isDirectory(path)
    if context.parameters.isSet("File"), isDirectory { return false }
    if context.parameters.isSet("Directory"), !isDirectory { return false }
    if let filter = context.parameters["Filter"]?.toText(),
      !Operators.wildcardMatch(name, pattern: filter)
    {
      return false
    }
    let include = (context.parameters["Include"]?.enumerated ?? []).map { $0.toText() }
    if !include.isEmpty, !VariableObjects.matches(name, include) { return false }
    let exclude = (context.parameters["Exclude"]?.enumerated ?? []).map { $0.toText() }
    return exclude.isEmpty || !VariableObjects.matches(name, exclude)
  }

  private func write(_ path: String, relative: String, _ context: CommandContext) throws {
    if context.parameters.isSet("Name") {
      try context.write(.string(relative))
    } else {
      try ItemCmdlets.writeItem(path, context)
    }
  }
}
