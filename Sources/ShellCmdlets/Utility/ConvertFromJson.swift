import ShellCore

/// ConvertFrom-Json: turns JSON text into custom objects (or ordered hashtables).
final class ConvertFromJson: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "ConvertFrom-Json",
    synopsis: "Converts a JSON-formatted string to a custom object or a hash table.",
    description: """
      Each JSON object becomes a PSCustomObject whose properties keep the order of the text; \
      arrays become arrays, and a top-level array is written one element at a time unless \
      -NoEnumerate is given. Integers become Int64 values and ISO 8601 date strings become \
      dates. Pipeline input is read as one document when its first string is not complete JSON.
      """,
    parameters: [
      ParameterDeclaration(
        "InputObject", .string, position: 0, mandatory: true, pipeline: .byValue,
        help: "The JSON text to convert.", allowEmptyString: true),
      ParameterDeclaration(
        "AsHashtable", .switchParameter,
        help: "Converts JSON objects to ordered hash tables instead of custom objects."),
      ParameterDeclaration(
        "Depth", .int, help: "The deepest nesting of objects and arrays allowed (1024 by default)."),
      ParameterDeclaration(
        "NoEnumerate", .switchParameter, help: "Writes a top-level JSON array as one object."),
      ParameterDeclaration(
        "DateKind", .string, validValues: ["Default", "Local", "Utc", "Offset", "String"],
        help: "How ISO 8601 date strings are read; String keeps them as text."),
    ],
    examples: [
      CmdletExample(
        "('{\"Name\":\"a\",\"Size\":3}' | ConvertFrom-Json).Size",
        remarks: "Reads a property of the converted object.", prints: "3\n"),
      CmdletExample(
        "'[1,2,3]' | ConvertFrom-Json | ForEach-Object { $_ * 10 }",
        remarks: "A top-level array is enumerated.", prints: "10\n20\n30\n"),
      CmdletExample(
        "('{\"a\":{\"b\":[1,2]}}' | ConvertFrom-Json -AsHashtable).a.b.Count",
        remarks: "Converts to nested ordered hash tables.", prints: "2\n"),
    ],
    module: "Microsoft.PowerShell.Utility")

  private var buffer: [String] = []

  required init() {}

  func process(_ context: CommandContext) throws {
    buffer.append(context.parameters["InputObject"]?.toText() ?? "")
  }

  /// PowerShell's rule: a single input is one document; with several, when the first parses on
  /// its own each is a document, else all of them joined by newlines are one.
  func end(_ context: CommandContext) throws {
    guard let first = buffer.first else { return }
    if buffer.count == 1 {
      try convert(first, context)
      return
    }
    if (try? parse(first, context)) != nil {
      for text in buffer { try convert(text, context) }
    } else {
      try convert(buffer.joined(separator: "\n"), context)
    }
  }

  private func convert(_ text: String, _ context: CommandContext) throws {
    guard let value = try parse(text, context) else { return }
    if context.parameters.isSet("NoEnumerate") {
      try context.write(value)
    } else {
      try context.writeEnumerated(value)
    }
  }

  private func parse(_ text: String, _ context: CommandContext) throws -> Value? {
    var parser = JsonParser(
      text, objectKind: context.parameters.isSet("AsHashtable") ? .hashtable : .customObject,
      maxDepth: context.parameters["Depth"]?.intValue ?? 1024,
      dateKind: context.parameters["DateKind"]?.toText().lowercased() ?? "default")
    do {
      return try parser.parseDocument()
    } catch let error as JsonParser.SyntaxError {
      throw CmdletErrors.terminating(
        context, "System.ArgumentException",
        "Conversion from JSON failed with error: \(error.message)",
        category: .notSpecified, target: .string(text), exceptionType: "System.ArgumentException")
    } catch let error as JsonParser.ConversionError {
      throw CmdletErrors.terminating(
        context, error.errorId, error.message, category: .invalidOperation,
        exceptionType: "System.InvalidOperationException")
    }
  }
}
