import ShellCore

/// Set-Content: writes new content to a file, replacing what it held.
final class SetContent: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Set-Content",
    synopsis: "Writes new content or replaces existing content in a file.",
    description: """
      Writes each value's string form on its own line (or back to back with -NoNewline), \
      replacing the file's content and creating the file when it does not exist. Pipeline \
      input is written as one file once all of it has arrived. The default encoding is UTF-8 \
      without a byte order mark.
      """,
    parameters: ContentWriting.parameters(valueHelp: "The content to write."),
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "$file = [System.IO.Path]::GetTempPath() + 'sc-example.txt'\n"
          + "1..3 | Set-Content -Path $file\n"
          + "Get-Content $file",
        remarks: "Writes three numbers, one per line.", prints: "1\n2\n3\n"),
      CmdletExample(
        "$file = [System.IO.Path]::GetTempPath() + 'sc-example-nonewline.txt'\n"
          + "Set-Content $file -Value 'a', 'b' -NoNewline\n"
          + "Get-Content $file -Raw",
        remarks: "-NoNewline writes the values back to back.", prints: "ab\n"),
    ],
    module: "Microsoft.PowerShell.Management")

  private var writing = ContentWriting(append: false, action: "Set Content")

  required init() {}

  func process(_ context: CommandContext) throws { writing.collect(context) }

  func end(_ context: CommandContext) throws { try writing.finish(context) }
}

/// What Set-Content and Add-Content share: parameters, collecting values, writing the files.
struct ContentWriting {
  let append: Bool
  /// The operation named by `-WhatIf` ("Set Content", "Add Content").
  let action: String
  private var values: [Value] = []
  private var didProcess = false

  init(append: Bool, action: String) {
    self.append = append
    self.action = action
  }

  static func parameters(valueHelp: String) -> [ParameterDeclaration] {
    [
      ParameterDeclaration(
        "Path", .stringArray, position: 0, mandatory: true, pipeline: .byPropertyName,
        sets: ["Path"], help: "The files to write."),
      ParameterDeclaration(
        "LiteralPath", .stringArray, mandatory: true, pipeline: .byPropertyName,
        sets: ["LiteralPath"], aliases: ["PSPath", "LP"],
        help: "The files to write, taken exactly as written."),
      ParameterDeclaration(
        "Value", .anyArray, position: 1, mandatory: true, pipeline: [.byValue, .byPropertyName],
        help: valueHelp, allowNull: true, allowEmptyCollection: true),
      ParameterDeclaration(
        "NoNewline", .switchParameter,
        help: "Writes the values' text without line breaks between or after them."),
      ParameterDeclaration(
        "Encoding", .string, help: "The encoding of the text written (utf8NoBOM by default)."),
      ParameterDeclaration(
        "PassThru", .switchParameter, help: "Writes the content to the pipeline too."),
      ParameterDeclaration("Force", .switchParameter, help: "Writes even to read-only files."),
    ]
  }

  mutating func collect(_ context: CommandContext) {
    didProcess = true
    values.append(contentsOf: (context.parameters["Value"] ?? .null).enumerated)
  }

  func finish(_ context: CommandContext) throws {
    guard didProcess else { return }
    let encoding = try FileContent.encoding(context)
    let text = FileContent.text(of: values, noNewline: context.parameters.isSet("NoNewline"))
    let literal = context.parameters.contains("LiteralPath")
    let arguments = (context.parameters[literal ? "LiteralPath" : "Path"]?.enumerated ?? [])
      .map { $0.toText() }
    for argument in arguments {
      for path in try FileContent.resolve(argument, wildcard: false, context.interpreter) {
        guard context.shouldProcess(target: "Path: \(path)", action: action) else { continue }
        try FileContent.write(text, to: path, encoding: encoding, append: append, context)
      }
    }
    if context.parameters.isSet("PassThru") {
      for value in values { try context.write(value) }
    }
  }
}
