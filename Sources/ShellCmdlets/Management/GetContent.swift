import Foundation
import ShellCore

/// Get-Content (`gc`, `type`, `cat`): writes a file's lines, or its whole text with -Raw.
final class GetContent: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-Content",
    synopsis: "Gets the content of the item at the specified location.",
    description: """
      Reads a text file and writes one string per line, without the line breaks. -Raw writes \
      the whole text as one string. -TotalCount reads only the first lines and -Tail only the \
      last ones. Relative paths are resolved against the current directory.
      """,
    parameters: [
      ParameterDeclaration(
        "Path", .stringArray, position: 0, mandatory: true, pipeline: .byPropertyName,
        sets: ["Path"], help: "The files to read; wildcards are permitted."),
      ParameterDeclaration(
        "LiteralPath", .stringArray, mandatory: true, pipeline: .byPropertyName,
        sets: ["LiteralPath"], aliases: ["PSPath", "LP"],
        help: "The files to read, taken exactly as written."),
      ParameterDeclaration(
        "ReadCount", .long,
        help: "How many lines are sent down the pipeline at a time; 0 sends all at once."),
      ParameterDeclaration(
        "TotalCount", .long, aliases: ["First", "Head"],
        help: "How many lines are read from the beginning of the file."),
      ParameterDeclaration(
        "Tail", .int, aliases: ["Last"], help: "How many lines are read from the end of the file."),
      ParameterDeclaration(
        "Raw", .switchParameter, help: "Returns the whole content as one string."),
      ParameterDeclaration(
        "Encoding", .string, help: "The file's encoding when it has no byte order mark."),
    ],
    defaultParameterSet: "Path",
    examples: [
      CmdletExample(
        "$file = [System.IO.Path]::GetTempPath() + 'gc-example.txt'\n"
          + "Set-Content -Path $file -Value 'one', 'two', 'three'\n"
          + "Get-Content -Path $file -Tail 2",
        remarks: "Writes three lines, then reads the last two.", prints: "two\nthree\n"),
      CmdletExample(
        "$file = [System.IO.Path]::GetTempPath() + 'gc-example-raw.txt'\n"
          + "Set-Content $file 'a', 'b'\n"
          + "(Get-Content $file -Raw).Length",
        remarks: "-Raw returns one string, line breaks included.", prints: "4\n"),
    ],
    module: "Microsoft.PowerShell.Management", outputType: CoreOutputTypes.string)

  required init() {}

  func process(_ context: CommandContext) throws {
    let literal = context.parameters.contains("LiteralPath")
    let arguments = (context.parameters[literal ? "LiteralPath" : "Path"]?.enumerated ?? [])
      .map { $0.toText() }
    let encoding = try context.parameters.contains("Encoding") ? FileContent.encoding(context) : nil
    for argument in arguments {
      if let name = EnvironmentDrive.name(in: argument) {
        for item in try EnvironmentDrive.items(name, context, literal: literal) {
          try context.write(item.psObject?.value(of: "Value") ?? .null)
        }
        continue
      }
      do {
        let paths = try FileContent.resolve(argument, wildcard: !literal, context.interpreter)
        for path in paths { try read(path, encoding, context) }
      } catch let drive as DriveNotFoundError {
        try context.writeError(context.errorRecord(drive))
      }
    }
  }

  private func read(_ path: String, _ encoding: FileContent.Encoding?, _ context: CommandContext)
    throws
  {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      try context.writeError(FileContent.pathNotFound(path, context))
      return
    }
    if isDirectory.boolValue {
      try context.writeError(
        CmdletErrors.record(
          context, "GetContentReaderUnauthorizedAccessError",
          "Unable to get content because it is a directory: '\(path)'. Please use "
            + "'Get-ChildItem' instead.", category: .readError, target: .string(path),
          exceptionType: "System.UnauthorizedAccessException"))
      return
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      try context.writeError(
        CmdletErrors.record(
          context, "GetContentReaderUnauthorizedAccessError",
          "Access to the path '\(path)' is denied.",
          category: .permissionDenied, target: .string(path),
          exceptionType: "System.UnauthorizedAccessException"))
      return
    }
    let text = FileContent.decode(data, as: encoding)
    if context.parameters.isSet("Raw") {
      if !text.isEmpty { try context.write(.string(text)) }
      return
    }
    var lines = FileContent.lines(text)
    if let total = context.parameters["TotalCount"]?.intValue, total >= 0 {
      lines = Array(lines.prefix(total))
    }
    if let tail = context.parameters["Tail"]?.intValue, tail >= 0 {
      lines = Array(lines.suffix(tail))
    }
    let readCount = context.parameters["ReadCount"]?.intValue ?? 1
    if readCount == 1 || readCount < 0 {
      for line in lines { try context.write(.string(line)) }
      return
    }
    let size = readCount == 0 ? max(lines.count, 1) : readCount
    var start = 0
    while start < lines.count {
      let chunk = lines[start..<min(start + size, lines.count)]
      try context.write(.array(chunk.map { Value.string($0) }))
      start += size
    }
  }
}
