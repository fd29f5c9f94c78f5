import Foundation
import ShellCore

/// Split-Path: writes one part of each path (the parent by default).
final class SplitPath: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Split-Path",
    synopsis: "Returns the specified part of a path.",
    description: """
      Writes the parent folder of each path, or with a switch another part: -Leaf the last \
      element, -LeafBase that element without its extension, -Extension the extension, \
      -IsAbsolute whether the path is absolute. Linux paths have no drive qualifier, so \
      -Qualifier is an error and -NoQualifier writes the path unchanged. The paths need not \
      exist unless -Resolve is given.
      """,
    parameters: [
      ParameterDeclaration(
        "Path", .stringArray, position: 0, mandatory: true, pipeline: [.byValue, .byPropertyName],
        aliases: ["PSPath"], help: "The paths to split."),
      ParameterDeclaration(
        "Parent", .switchParameter, sets: ["ParentSet"],
        help: "Writes the parent folder of the path (the default)."),
      ParameterDeclaration(
        "Leaf", .switchParameter, sets: ["LeafSet"], help: "Writes the last element of the path."),
      ParameterDeclaration(
        "LeafBase", .switchParameter, sets: ["LeafBaseSet"],
        help: "Writes the last element of the path without its extension."),
      ParameterDeclaration(
        "Extension", .switchParameter, sets: ["ExtensionSet"],
        help: "Writes the extension of the last element, dot included, or an empty string."),
      ParameterDeclaration(
        "Qualifier", .switchParameter, sets: ["QualifierSet"],
        help: "Writes the drive qualifier; Linux paths have none, so this is an error."),
      ParameterDeclaration(
        "NoQualifier", .switchParameter, sets: ["NoQualifierSet"],
        help: "Writes the path without its qualifier, which on Linux is the whole path."),
      ParameterDeclaration(
        "IsAbsolute", .switchParameter, sets: ["IsAbsoluteSet"],
        help: "Writes True when the path is absolute and False otherwise."),
      ParameterDeclaration(
        "Resolve", .switchParameter,
        help: "Splits the existing items the path names (wildcards expanded) instead."),
    ],
    defaultParameterSet: "ParentSet",
    examples: [
      CmdletExample(
        "Split-Path -Path /var/log/syslog.1", remarks: "The parent folder.",
        prints: "/var/log\n"),
      CmdletExample(
        "Split-Path /var/log/app.tar.gz -Leaf\n"
          + "Split-Path /var/log/app.tar.gz -LeafBase\n"
          + "Split-Path /var/log/app.tar.gz -Extension",
        remarks: "The last element, without and with only its extension.",
        prints: "app.tar.gz\napp.tar\n.gz\n"),
      CmdletExample(
        "Split-Path -Path /etc, etc -IsAbsolute", remarks: "Only the first path is absolute.",
        prints: "True\nFalse\n"),
    ],
    module: "Microsoft.PowerShell.Management", outputType: CoreOutputTypes.string)

  required init() {}

  func process(_ context: CommandContext) throws {
    var paths = (context.parameters["Path"]?.enumerated ?? []).map { $0.toText() }
    if context.parameters.isSet("Resolve") {
      var resolved: [String] = []
      for path in paths {
        let matches = try LocationCmdlets.expand(path, context.interpreter)
        if matches.isEmpty {
          try context.writeError(
            FileContent.pathNotFound(try context.interpreter.resolvePath(path), context))
        }
        resolved += matches
      }
      paths = resolved
    }
    for path in paths {
      let normal = path.replacingOccurrences(of: "\\", with: "/")
      if context.parameters.isSet("IsAbsolute") {
        try context.write(.bool(normal.hasPrefix("/")))
      } else if context.parameters.isSet("Qualifier") {
        try context.writeError(
          CmdletErrors.record(
            context, "ParsePathError",
            "Cannot parse path because path '\(path)' does not have a qualifier specified.",
            category: .invalidArgument, target: .string(path),
            exceptionType: "System.Management.Automation.PSArgumentException"))
      } else if context.parameters.isSet("NoQualifier") {
        try context.write(.string(path))
      } else if context.parameters.isSet("Leaf") {
        try context.write(.string(Self.leaf(normal)))
      } else if context.parameters.isSet("LeafBase") {
        let leaf = Self.leaf(normal)
        let ext = Self.extensionOf(leaf)
        try context.write(.string(String(leaf.dropLast(ext.count))))
      } else if context.parameters.isSet("Extension") {
        try context.write(.string(Self.extensionOf(Self.leaf(normal))))
      } else {
        try context.write(.string(Self.parent(normal)))
      }
    }
  }

  /// The path without trailing separators (the root stays `/`).
  static func trimmed(_ path: String) -> Substring {
    var text = Substring(path)
    while text.count > 1, text.hasSuffix("/") { text = text.dropLast() }
    return text
  }

  /// The parent folder: `/var/log` for `/var/log/x`, `/` for `/var`, empty for `x` and `/`.
  static func parent(_ path: String) -> String {
    let text = trimmed(path)
    guard text != "/", let slash = text.lastIndex(of: "/") else { return "" }
    let head = text[..<slash]
    return head.isEmpty ? "/" : String(head)
  }

  /// The last element of the path.
  static func leaf(_ path: String) -> String {
    let text = trimmed(path)
    guard text != "/" else { return "" }
    return String(text.split(separator: "/").last ?? "")
  }

  /// The extension of a file name, dot included (.NET's `Path.GetExtension`).
  static func extensionOf(_ name: String) -> String {
    guard let dot = name.lastIndex(of: "."), dot != name.index(before: name.endIndex) else {
      return ""
    }
    return String(name[dot...])
  }
}
