import ShellCore

/// Join-String: combines the pipeline's objects into one string.
///
/// As in PowerShell 7, each object (or the value of -Property on it) is converted to text,
/// optionally formatted with -FormatString and quoted, then the pieces are joined with
/// -Separator between -OutputPrefix and -OutputSuffix. No input still writes the prefix and
/// suffix.
final class JoinString: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Join-String",
    synopsis: "Combines objects from the pipeline into a single string.",
    description: """
      Converts each input object to text and joins the texts with -Separator ($OFS by \
      default, nothing when $OFS is unset). -Property takes a property name or a script \
      block whose value is used instead of the object; -FormatString formats each value as \
      the -f operator does; -SingleQuote and -DoubleQuote wrap each value in quotes; \
      -OutputPrefix and -OutputSuffix surround the whole result.
      """,
    parameters: [
      ParameterDeclaration(
        "InputObject", .any, pipeline: .byValue, help: "The objects to join."),
      ParameterDeclaration(
        "Property", .any, position: 0,
        help: "A property name or script block whose value is joined instead of the object."),
      ParameterDeclaration(
        "Separator", .string, position: 1, help: "The text put between the values."),
      ParameterDeclaration(
        "OutputPrefix", .string, aliases: ["op"], help: "Text written before the result."),
      ParameterDeclaration(
        "OutputSuffix", .string, aliases: ["os"], help: "Text written after the result."),
      ParameterDeclaration(
        "SingleQuote", .switchParameter, sets: ["SingleQuote"],
        help: "Wraps each value in single quotes."),
      ParameterDeclaration(
        "DoubleQuote", .switchParameter, sets: ["DoubleQuote"],
        help: "Wraps each value in double quotes."),
      ParameterDeclaration(
        "FormatString", .string, sets: ["Format"],
        help: "A .NET format string, such as '{0:N2}', applied to each value."),
      ParameterDeclaration(
        "UseCulture", .switchParameter,
        help: "Uses the culture's list separator (a comma) when -Separator is not given."),
    ],
    defaultParameterSet: "Default",
    examples: [
      CmdletExample(
        "1..3 | Join-String -Separator ', '", remarks: "Joins numbers with a separator.",
        prints: "1, 2, 3\n"),
      CmdletExample(
        "'a', 'b' | Join-String -SingleQuote -Separator ',' -OutputPrefix '(' -OutputSuffix ')'",
        remarks: "Quotes each value and surrounds the result.", prints: "('a','b')\n"),
      CmdletExample(
        "[pscustomobject]@{ Name = 'x' }, [pscustomobject]@{ Name = 'y' } | Join-String Name '-'",
        remarks: "Joins the values of one property.", prints: "x-y\n"),
      CmdletExample(
        "1.5, 2 | Join-String -FormatString '[{0:N2}]'",
        remarks: "Formats each value before joining.", prints: "[1.50][2.00]\n"),
    ],
    module: "Microsoft.PowerShell.Utility", outputType: CoreOutputTypes.string)

  private var pieces: [String] = []
  private var expression: PropertyExpression?

  required init() {}

  func begin(_ context: CommandContext) throws {
    expression = try PropertyExpression.parse(
      context.parameters["Property"], keys: .expression, context: context
    ).first
  }

  func process(_ context: CommandContext) throws {
    // -InputObject is an array parameter: each of its elements is joined, as piped ones are.
    let inputs = context.input.map { [$0] } ?? context.parameters["InputObject"]?.enumerated ?? []
    for input in inputs { try add(input, context) }
  }

  private func add(_ input: Value, _ context: CommandContext) throws {
    let parameters = context.parameters
    let value = try expression.map { try $0.evaluate(input, context: context) ?? .null } ?? input
    var text: String
    if let format = parameters["FormatString"]?.toText() {
      do {
        text = try Operators.format(format, [value])
      } catch let error as RuntimeError {
        throw context.terminatingError(
          "FormatError", error.record.message, category: .invalidArgument,
          target: .string(format), exceptionType: "System.FormatException")
      }
    } else {
      text = value.toText()
    }
    if parameters.isSet("SingleQuote") {
      text = "'\(text)'"
    } else if parameters.isSet("DoubleQuote") {
      text = "\"\(text)\""
    }
    pieces.append(text)
  }

  func end(_ context: CommandContext) throws {
    let parameters = context.parameters
    // Without a separator (or with $null) the values are joined with $OFS, none when unset.
    let separator =
      parameters["Separator"].flatMap { $0.isNull ? nil : $0.toText() }
      ?? (parameters.isSet("UseCulture")
        ? "," : context.scope.lookup("ofs").map { $0.value.isNull ? "" : $0.value.toText() } ?? "")
    let prefix = parameters["OutputPrefix"]?.toText() ?? ""
    let suffix = parameters["OutputSuffix"]?.toText() ?? ""
    try context.write(.string(prefix + pieces.joined(separator: separator) + suffix))
  }
}
