import ShellCore

/// Write-Host: writes text straight to the console, bypassing the pipeline.
final class WriteHost: Cmdlet {
  static let colors = [
    "Black", "DarkBlue", "DarkGreen", "DarkCyan", "DarkRed", "DarkMagenta", "DarkYellow", "Gray",
    "DarkGray", "Blue", "Green", "Cyan", "Red", "Magenta", "Yellow", "White",
  ]
  /// ANSI foreground codes in the order of `colors` (ConsoleColor values 0-15).
  static let foregroundCodes = [30, 34, 32, 36, 31, 35, 33, 37, 90, 94, 92, 96, 91, 95, 93, 97]

  static let declaration = CmdletDeclaration(
    name: "Write-Host",
    synopsis: "Writes customized output to a host.",
    description: """
      Writes the objects' text to the console, separated by -Separator (a space), followed by \
      a line break unless -NoNewline is given. Nothing is written to the pipeline.
      """,
    parameters: [
      ParameterDeclaration(
        "Object", .any, position: 0, pipeline: [.byValue, .remainingArguments],
        help: "The objects to display."),
      ParameterDeclaration("NoNewline", .switchParameter, help: "Omits the final line break."),
      ParameterDeclaration("Separator", .any, help: "The text put between objects."),
      ParameterDeclaration(
        "ForegroundColor", .string, validValues: colors, help: "The text colour."),
      ParameterDeclaration(
        "BackgroundColor", .string, validValues: colors, help: "The background colour."),
    ],
    examples: [
      CmdletExample("Write-Host 'a' 'b'", remarks: "Writes 'a b'.", prints: "a b\n"),
      CmdletExample(
        "Write-Host (1,2,3) -Separator ', '", remarks: "Joins with a separator.",
        prints: "1, 2, 3\n"),
    ],
    module: "Microsoft.PowerShell.Utility")

  required init() {}

  func process(_ context: CommandContext) throws {
    let separator = context.parameters["Separator"]?.toText() ?? " "
    let object = context.parameters["Object"] ?? .null
    let text = Self.flatten(object).map { $0.toText() }.joined(separator: separator)
    let record = StreamRecord.information(
      hostMessage(text, context), tags: ["PSHOST"], source: "Write-Host")
    try context.writeHostInformation(record) { show(text, context) }
  }

  /// The record's MessageData: a HostInformationMessage, which converts to its text.
  private func hostMessage(_ text: String, _ context: CommandContext) -> Value {
    let message = PSObject(typeNames: [
      "System.Management.Automation.HostInformationMessage", "System.Object",
    ])
    message.set("Message", .string(text))
    message.set("NoNewLine", .bool(context.parameters.isSet("NoNewline")))
    message.set("ForegroundColor", context.parameters["ForegroundColor"] ?? .null)
    message.set("BackgroundColor", context.parameters["BackgroundColor"] ?? .null)
    message.stringValue = { text }
    return .object(message)
  }

  /// Draws the text on the host, in the colours asked for.
  private func show(_ message: String, _ context: CommandContext) {
    var text = message
    let host = context.interpreter.host
    if host.supportsColor {
      // Background colours are the foreground codes plus 10, as in ANSI.
      var codes: [Int] = []
      for (name, offset) in [("ForegroundColor", 0), ("BackgroundColor", 10)] {
        if let color = context.parameters[name]?.toText(),
          let index = Self.colors.firstIndex(where: {
            $0.caseInsensitiveCompare(color) == .orderedSame
          })
        {
          codes.append(Self.foregroundCodes[index] + offset)
        }
      }
      if !codes.isEmpty {
        text = "\u{1B}[\(codes.map(String.init).joined(separator: ";"))m\(text)\u{1B}[0m"
      }
    }
    host.writeOutput(context.parameters.isSet("NoNewline") ? text : text + "\n")
  }

  /// Nested collections are written element by element.
  static func flatten(_ value: Value) -> [Value] {
    if case .array(let array) = value { return array.items.flatMap(flatten) }
    return value.isNull ? [] : [value]
  }
}
