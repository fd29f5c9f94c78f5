import Foundation
import ShellCore

/// New-Item (`ni`): creates files, directories and symbolic links.
final class NewItem: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "New-Item",
    synopsis: "Creates a new item.",
    description: """
      Creates an item at each path (or a -Name inside each path, or inside the current \
      location) and writes its object. -ItemType File (the default) writes -Value as the \
      file's text, without a line break; -ItemType Directory creates missing parent \
      directories too; -ItemType SymbolicLink points the link at -Value. An existing item is \
      an error unless -Force is given, which overwrites a file, returns an existing directory, \
      and creates a file's missing parent directories.
      """,
    parameters: [
      ParameterDeclaration(
        "Path", .stringArray, position: 0, pipeline: .byPropertyName,
        help: "Where the items are created; with -Name, the directories they are created in."),
      ParameterDeclaration(
        "Name", .string, pipeline: .byPropertyName,
        help: "The name of the new item, created in -Path or the current location."),
      ParameterDeclaration(
        "ItemType", .string, pipeline: .byPropertyName, aliases: ["Type"],
        help: "File (the default), Directory, or SymbolicLink."),
      ParameterDeclaration(
        "Value", .any, pipeline: [.byValue, .byPropertyName], aliases: ["Target"],
        help: "The new file's text, or the target of a symbolic link."),
      ParameterDeclaration(
        "Force", .switchParameter,
        help: "Overwrites an existing file and creates missing parent directories."),
    ],
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "$dir = Join-Path $HOME 'ni-example'\n"
          + "(New-Item -Path $dir/a/b -ItemType Directory).Name\n"
          + "(New-Item -Path $dir -Name note.txt -Value 'hi').Length",
        remarks: "A directory with its parents, then a two-byte file beside it.",
        prints: "b\n2\n"),
      CmdletExample(
        "New-Item -Path /tmp/ni-whatif.txt -WhatIf",
        remarks: "-WhatIf only reports what would be created.",
        prints:
          "What if: Performing the operation \"Create File\" on target \"Destination: "
          + "/tmp/ni-whatif.txt\".\n"),
    ],
    module: "Microsoft.PowerShell.Management")

  required init() {}

  func process(_ context: CommandContext) throws {
    let interpreter = context.interpreter
    let name = context.parameters["Name"]?.toText()
    var paths = (context.parameters["Path"]?.enumerated ?? []).map { $0.toText() }
    if paths.isEmpty {
      guard name != nil else {
        throw CmdletErrors.terminating(
          context, "NewItemPathMissing",
          "Cannot process command because of one or more missing mandatory parameters: Path.",
          category: .invalidArgument,
          exceptionType: "System.Management.Automation.ParameterBindingException")
      }
      paths = [interpreter.location]
    }
    let kind = (context.parameters["ItemType"]?.toText() ?? "File").lowercased()
    guard ["file", "directory", "symboliclink"].contains(kind) else {
      throw CmdletErrors.terminating(
        context, "NewItemUnknownType",
        "The type is not a known type for the file system. Only \"file\",\"directory\","
          + "\"symboliclink\",\"junction\",\"HardLink\" can be specified.",
        category: .invalidArgument, target: .string(kind),
        exceptionType: "System.ArgumentException")
    }
    for given in paths {
      do {
        var path = try interpreter.resolvePath(given)
        if let name { path = try interpreter.resolvePath(JoinPath.join(path, name)) }
        try create(path, kind, context)
      } catch let drive as DriveNotFoundError {
        try context.writeError(context.errorRecord(drive))
      }
    }
  }

  private func create(_ path: String, _ kind: String, _ context: CommandContext) throws {
    let manager = FileManager.default
    let force = context.parameters.isSet("Force")
    let action =
      kind == "directory"
      ? "Create Directory" : kind == "file" ? "Create File" : "Create Symbolic Link"
    guard context.shouldProcess(target: "Destination: \(path)", action: action) else { return }
    let exists = ItemCmdlets.exists(path)
    do {
      switch kind {
      case "directory":
        if exists {
          guard force, LocationCmdlets.isDirectory(path) else {
            try context.writeError(
              CmdletErrors.record(
                context, "DirectoryExist",
                "An item with the specified name \(path) already exists.",
                category: .resourceExists, target: .string(path),
                exceptionType: "System.IO.IOException"))
            return
          }
        } else {
          try manager.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
      case "symboliclink":
        let target = context.parameters["Value"]?.toText() ?? ""
        if exists, force { try manager.removeItem(atPath: path) }
        try manager.createSymbolicLink(atPath: path, withDestinationPath: target)
      default:
        if exists, !force || LocationCmdlets.isDirectory(path) {
          try context.writeError(
            CmdletErrors.record(
              context, "NewItemIOError", "The file '\(path)' already exists.",
              category: .writeError, target: .string(path), exceptionType: "System.IO.IOException"))
          return
        }
        let parent = SplitPath.parent(path)
        if !parent.isEmpty, !LocationCmdlets.isDirectory(parent) {
          guard force else {
            try context.writeError(
              CmdletErrors.record(
                context, "NewItemIOError", "Could not find a part of the path '\(path)'.",
                category: .writeError, target: .string(path),
                exceptionType: "System.IO.DirectoryNotFoundException"))
            return
          }
          try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
        }
        let text = context.parameters["Value"].map { ObjectText.nested($0) } ?? ""
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
      }
    } catch {
      try context.writeError(
        CmdletErrors.record(
          context, "NewItemIOError", "Access to the path '\(path)' is denied.",
          category: .writeError, target: .string(path),
          exceptionType: "System.UnauthorizedAccessException"))
      return
    }
    try ItemCmdlets.writeItem(path, context)
  }
}
