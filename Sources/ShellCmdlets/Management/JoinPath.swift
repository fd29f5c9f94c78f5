import Foundation
import ShellCore

/// Join-Path: combines a path and child paths into one path.
final class JoinPath: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Join-Path",
    synopsis: "Combines a path and a child path into a single path.",
    description: """
      Joins each -Path with -ChildPath and any further child paths, putting exactly one `/` \
      between the parts (backslashes become `/`, as on Linux). The parts need not exist \
      unless -Resolve is given, which writes the existing items the joined path names.
      """,
    parameters: [
      ParameterDeclaration(
        "Path", .stringArray, position: 0, mandatory: true, pipeline: .byPropertyName,
        aliases: ["PSPath"], help: "The main paths the child paths are appended to."),
      ParameterDeclaration(
        "ChildPath", .string, position: 1, mandatory: true, pipeline: .byPropertyName,
        help: "The path appended to each main path.", allowNull: true, allowEmptyString: true,
        allowEmptyCollection: true),
      ParameterDeclaration(
        "AdditionalChildPath", .stringArray, position: 2, pipeline: .remainingArguments,
        help: "Further paths appended in order after the child path."),
      ParameterDeclaration(
        "Resolve", .switchParameter,
        help: "Writes the existing items the joined path names; a missing item is an error."),
    ],
    examples: [
      CmdletExample(
        "Join-Path -Path /etc -ChildPath hosts", remarks: "Joins a folder and a file name.",
        prints: "/etc/hosts\n"),
      CmdletExample(
        "Join-Path 'a/' '/b' 'c' 'd.txt'",
        remarks: "Separators at the joins collapse to one; extra arguments are appended too.",
        prints: "a/b/c/d.txt\n"),
      CmdletExample(
        "Join-Path -Path /usr, /var -ChildPath lib",
        remarks: "Each main path gets the child path.", prints: "/usr/lib\n/var/lib\n"),
    ],
    module: "Microsoft.PowerShell.Management", outputType: CoreOutputTypes.string)

  required init() {}

  func process(_ context: CommandContext) throws {
    let parents = (context.parameters["Path"]?.enumerated ?? []).map { $0.toText() }
    let children =
      [context.parameters["ChildPath"]?.toText() ?? ""]
      + (context.parameters["AdditionalChildPath"]?.enumerated ?? []).map { $0.toText() }
    for parent in parents {
      // pwsh joins through the provider of the path's drive: a drive that does not exist
      // (`C:` on Linux) is an error for that path.
      if let drive = Interpreter.missingDrive(in: parent) {
        try context.writeError(context.errorRecord(DriveNotFoundError(name: drive)))
        continue
      }
      let joined = children.reduce(parent) { Self.join($0, $1) }
      guard context.parameters.isSet("Resolve") else {
        try context.write(.string(joined))
        continue
      }
      let matches = try LocationCmdlets.expand(joined, context.interpreter)
      if matches.isEmpty {
        try context.writeError(
          FileContent.pathNotFound(try context.interpreter.resolvePath(joined), context))
      }
      for match in matches { try context.write(.string(match)) }
    }
  }

  /// Joins two parts with one `/` between them; an empty part adds nothing.
  static func join(_ parent: String, _ child: String) -> String {
    let parent = parent.replacingOccurrences(of: "\\", with: "/")
    let child = child.replacingOccurrences(of: "\\", with: "/")
    if child.isEmpty { return parent }
    if parent.isEmpty { return child }
    var head = Substring(parent)
    while head.count > 1, head.hasSuffix("/") { head = head.dropLast() }
    let tail = child.drop { $0 == "/" }
    return head == "/" ? "/" + tail : head + "/" + tail
  }
}
