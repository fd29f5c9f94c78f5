import ShellCore

/// ConvertTo-Json: converts objects to JSON text, collecting pipeline input into one array.
final class ConvertToJson: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "ConvertTo-Json",
    synopsis: "Converts an object to a JSON-formatted string.",
    description: """
      Writes one JSON string for all its input: a single input object gives a single JSON \
      value, several give a JSON array (-AsArray always gives an array). Properties keep their \
      order. Objects nested deeper than -Depth (2 by default) are written as their string form, \
      with a warning. Output is indented with two spaces unless -Compress is given.
      """,
    parameters: [
      ParameterDeclaration(
        "InputObject", .any, position: 0, mandatory: true, pipeline: .byValue,
        help: "The objects to convert.", allowNull: true),
      ParameterDeclaration(
        "Depth", .int, help: "How many levels of contained objects are written (0 to 100)."),
      ParameterDeclaration(
        "Compress", .switchParameter, help: "Omits white space and indentation."),
      ParameterDeclaration(
        "EnumsAsStrings", .switchParameter, help: "Writes enumeration values as their names."),
      ParameterDeclaration(
        "AsArray", .switchParameter,
        help: "Writes the input in a JSON array even when it is one object."),
      ParameterDeclaration(
        "EscapeHandling", .string,
        validValues: JsonSerializer.Escaping.allCases.map(\.rawValue),
        help: "Which characters of strings are escaped: Default, EscapeNonAscii or EscapeHtml."),
    ],
    examples: [
      CmdletExample(
        "[pscustomobject]@{ Name = 'a'; Tags = 'x','y' } | ConvertTo-Json",
        remarks: "Converts an object whose Tags property is an array.",
        prints: "{\n  \"Name\": \"a\",\n  \"Tags\": [\n    \"x\",\n    \"y\"\n  ]\n}\n"),
      CmdletExample(
        "@{ n = 1 } | ConvertTo-Json -Compress", remarks: "Writes compact JSON.",
        prints: "{\"n\":1}\n"),
      CmdletExample(
        "1, 'two', $null, $true | ConvertTo-Json -Compress",
        remarks: "Several input objects become one JSON array.",
        prints: "[1,\"two\",null,true]\n"),
    ],
    module: "Microsoft.PowerShell.Utility", outputType: CoreOutputTypes.string)

  private var inputs: [Value] = []

  required init() {}

  func begin(_ context: CommandContext) throws {
    if let depth = context.parameters["Depth"]?.intValue, depth < 0 || depth > 100 {
      throw CmdletErrors.terminating(
        context, "ParameterArgumentValidationError",
        depth < 0
          ? "Cannot validate argument on parameter 'Depth'. The \(depth) argument is less than "
            + "the minimum allowed range of 0. Supply an argument that is greater than or equal "
            + "to 0 and then try the command again."
          : "Cannot validate argument on parameter 'Depth'. The \(depth) argument is greater "
            + "than the maximum allowed range of 100. Supply an argument that is less than or "
            + "equal to 100 and then try the command again.",
        category: .invalidData,
        exceptionType: "System.Management.Automation.ParameterBindingValidationException")
    }
  }

  func process(_ context: CommandContext) throws {
    inputs.append(context.parameters["InputObject"] ?? .null)
  }

  func end(_ context: CommandContext) throws {
    guard !inputs.isEmpty else { return }
    var serializer = JsonSerializer()
    serializer.maxDepth = context.parameters["Depth"]?.intValue ?? 2
    serializer.compress = context.parameters.isSet("Compress")
    if let escaping = context.parameters["EscapeHandling"]?.toText(),
      let chosen = JsonSerializer.Escaping.allCases.first(where: {
        $0.rawValue.caseInsensitiveCompare(escaping) == .orderedSame
      })
    {
      serializer.escaping = chosen
    }
    let root: Value =
      inputs.count > 1 || context.parameters.isSet("AsArray") ? .array(inputs) : inputs[0]
    let json = serializer.serialize(root)
    if serializer.depthExceeded {
      try context.writeWarning(
        "Resulting JSON is truncated as serialization has exceeded the set depth of "
          + "\(serializer.maxDepth).")
    }
    try context.write(.string(json))
  }
}
