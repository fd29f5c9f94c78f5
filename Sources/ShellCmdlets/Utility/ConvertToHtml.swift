import Foundation
import ShellCore

/// ConvertTo-Html: converts objects into an HTML table or list, as a whole XHTML page or a
/// fragment, with pwsh's markup line for line.
final class ConvertToHtml: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "ConvertTo-Html",
    synopsis: "Converts .NET objects into HTML that can be displayed in a Web browser.",
    description: """
      Writes one string per line of HTML: the XHTML 1.0 page frame (doctype, head with the \
      title, optional meta, charset and style sheet links, body), then a table with a \
      <colgroup>, a header row of the first object's properties and one row per object; -As \
      List writes one name/value row per property instead, with a rule between objects. \
      -Fragment writes only the table. Property values are HTML-encoded; -Head, -Body, \
      -PreContent and -PostContent are written as given.
      """,
    parameters: [
      ParameterDeclaration(
        "InputObject", .any, pipeline: .byValue, help: "The objects to convert."),
      ParameterDeclaration(
        "Property", .anyArray, position: 0,
        help: "The properties to show: names (wildcards permitted), script blocks, or "
          + "hashtables with Label/Name, Expression, Width and Alignment."),
      ParameterDeclaration(
        "Head", .stringArray, position: 1, sets: ["Page"],
        help: "The content of the <head> element, replacing the <title>."),
      ParameterDeclaration(
        "Title", .string, position: 2, sets: ["Page"], help: "The page's <title>.",
        notNullOrEmpty: true),
      ParameterDeclaration(
        "Body", .stringArray, position: 3, sets: ["Page"],
        help: "Text written after the <body> tag, before the table."),
      ParameterDeclaration(
        "As", .string, validValues: ["Table", "List"],
        help: "Table (one row per object) or List (one row per property).",
        notNullOrEmpty: true),
      ParameterDeclaration(
        "CssUri", .string, sets: ["Page"], aliases: ["cu", "uri"],
        help: "A style sheet linked from the page's head."),
      ParameterDeclaration(
        "Fragment", .switchParameter, sets: ["Fragment"],
        help: "Writes only the table, without the page frame."),
      ParameterDeclaration(
        "PostContent", .stringArray, help: "Text written after the table.", notNullOrEmpty: true),
      ParameterDeclaration(
        "PreContent", .stringArray, help: "Text written before the table.", notNullOrEmpty: true),
      ParameterDeclaration(
        "Meta", .hashtable, sets: ["Page"],
        help: "<meta> elements: content-type, default-style and x-ua-compatible as http-equiv, "
          + "others by name.", notNullOrEmpty: true),
      withPattern(
        ParameterDeclaration(
          "Charset", .string, sets: ["Page"], help: "The page's <meta charset>.",
          notNullOrEmpty: true)),
      ParameterDeclaration(
        "Transitional", .switchParameter, sets: ["Page"],
        help: "Declares the XHTML 1.0 Transitional doctype instead of Strict."),
    ],
    defaultParameterSet: "Page",
    examples: [
      CmdletExample(
        "[pscustomobject]@{ Name = 'a<b'; Size = 1 } | ConvertTo-Html -Fragment",
        remarks: "A table fragment; values are HTML-encoded.",
        prints: "<table>\n<colgroup><col/><col/></colgroup>\n<tr><th>Name</th><th>Size</th></tr>\n"
          + "<tr><td>a&lt;b</td><td>1</td></tr>\n</table>\n"),
      CmdletExample(
        "[pscustomobject]@{ Name = 'a'; Size = 1 } | ConvertTo-Html -As List -Fragment "
          + "-Property Name",
        remarks: "One row per property.",
        prints: "<table>\n<tr><td>Name:</td><td>a</td></tr>\n</table>\n"),
    ],
    module: "Microsoft.PowerShell.Utility", outputType: CoreOutputTypes.string)

  /// -Charset's `[ValidatePattern]`.
  static let charsetPattern = "^[A-Za-z0-9]\\w+\\S+[A-Za-z0-9]$"
  static let charsetRegex = try? NSRegularExpression(  // a constant pattern: always compiles
    pattern: charsetPattern, options: [.caseInsensitive])

  private var properties: [PropertyExpression] = []
  private var columns: [PropertyExpression] = []
  private var headerWritten = false
  private var objectCount = 0
  private var asList = false

  required init() {}

  func begin(_ context: CommandContext) throws {
    let parameters = context.parameters
    if let uri = parameters["CssUri"]?.toText(),
      uri.trimmingCharacters(in: .whitespaces).isEmpty
    {
      throw CmdletErrors.terminating(
        context, "ArgumentException",
        "This command cannot be run because 'CSSUri' is empty or blank. Please specify CSSUri "
          + "and then run the command.", category: .invalidArgument, target: .string("CSSUri"),
        exceptionType: "System.ArgumentException")
    }
    properties = try PropertyExpression.parse(
      parameters["Property"] ?? .array([.string("*")]), keys: .html, context: context)
    asList = parameters["As"]?.toText().lowercased() == "list"
    if !parameters.isSet("Fragment") {
      try writePageHead(context)
    }
    for line in parameters["PreContent"]?.enumerated ?? [] {
      try context.write(.string(line.toText()))
    }
    try context.write(.string("<table>"))
  }

  private func writePageHead(_ context: CommandContext) throws {
    let parameters = context.parameters
    try context.write(.string(HtmlMarkup.doctype(transitional: parameters.isSet("Transitional"))))
    try context.write(.string(HtmlMarkup.htmlOpen))
    try context.write(.string("<head>"))
    if let charset = parameters["Charset"]?.toText() {
      try context.write(.string("<meta charset=\"\(charset)\">"))
    }
    if case .hashtable(let meta) = parameters["Meta"]?.unwrapped {
      var used: [String] = []
      for (key, value) in meta.entries {
        let name = key.toText()
        guard !used.contains(name) else { continue }
        let content = ObjectText.nested(value)
        if !HtmlMarkup.knownMetaNames.contains(name.lowercased()) {
          try context.writeWarning(HtmlMarkup.unknownMetaWarning(name, content))
        }
        try context.write(.string(HtmlMarkup.meta(name, content)))
        used.append(name)
      }
    }
    let title = parameters["Title"]?.toText() ?? "HTML TABLE"
    let head = parameters["Head"]?.enumerated.map { $0.toText() } ?? ["<title>\(title)</title>"]
    for line in head { try context.write(.string(line)) }
    if let uri = parameters["CssUri"]?.toText() {
      try context.write(.string("<link rel=\"stylesheet\" type=\"text/css\" href=\"\(uri)\" />"))
    }
    try context.write(.string("</head><body>"))
    for line in parameters["Body"]?.enumerated ?? [] { try context.write(.string(line.toText())) }
  }

  func process(_ context: CommandContext) throws {
    guard let input = context.parameters["InputObject"] else { return }
    if case .null = input.unwrapped { return }
    objectCount += 1
    if !headerWritten {
      columns = resolvedColumns(on: input)
      guard !columns.isEmpty else { return }
      if asList {
        if objectCount > 1 { try context.write(.string("<tr><td><hr></td></tr>")) }
        for column in columns {
          let value = try cell(column, input, context)
          try context.write(.string("<tr><td>\(column.displayName):</td><td>\(value)</td></tr>"))
        }
      } else {
        try context.write(.string(HtmlMarkup.columnGroup(columns)))
        let names = columns.map { "<th>\($0.displayName)</th>" }.joined()
        try context.write(.string("<tr>\(names)</tr>"))
        headerWritten = true
      }
    }
    guard !asList else { return }
    var row = "<tr>"
    for column in columns { row += "<td>\(try cell(column, input, context))</td>" }
    try context.write(.string(row + "</tr>"))
  }

  func end(_ context: CommandContext) throws {
    try context.write(.string("</table>"))
    for line in context.parameters["PostContent"]?.enumerated ?? [] {
      try context.write(.string(line.toText()))
    }
    if !context.parameters.isSet("Fragment") { try context.write(.string("</body></html>")) }
  }

  /// The columns the -Property list names on this object: wildcards expanded, and a plain
  /// name only when the object has that property (spelled as the object spells it), as pwsh's
  /// PSPropertyExpression.ResolveNames does.
  private func resolvedColumns(on input: Value) -> [PropertyExpression] {
    let names = ObjectProperties.names(of: input)
    var result: [PropertyExpression] = []
    for property in properties {
      guard case .name(let pattern) = property.source else {
        result.append(property)
        continue
      }
      let matches =
        property.isWildcard
        ? names.filter { Operators.wildcardMatch($0, pattern: pattern) }
        : names.filter { $0.caseInsensitiveEquals(pattern) }
      for name in matches {
        result.append(
          PropertyExpression(
            source: .name(name), label: property.label, descending: nil,
            alignment: property.alignment, width: property.width))
      }
    }
    return result
  }

  /// A cell's text: the value's `ToString()`, HTML-encoded; nothing for null or a missing
  /// property.
  private func cell(_ column: PropertyExpression, _ input: Value, _ context: CommandContext)
    throws -> String
  {
    guard let value = try column.evaluate(input, context: context) else { return "" }
    if case .null = value.unwrapped { return "" }
    return HtmlMarkup.encode(ObjectText.nested(value))
  }
}

/// -Charset's declaration with its `[ValidatePattern]` (case-insensitive, as .NET's default).
private func withPattern(_ declaration: ParameterDeclaration) -> ParameterDeclaration {
  let pattern = ConvertToHtml.charsetPattern
  var result = declaration
  let name = declaration.name
  result.check = { value in
    let text = value.toText()
    let range = NSRange(text.startIndex..., in: text)
    guard ConvertToHtml.charsetRegex?.firstMatch(in: text, range: range) == nil else {
      return value
    }
    throw RuntimeError.make(
      "ParameterArgumentValidationError",
      "Cannot validate argument on parameter '\(name)'. The argument \"\(text)\" does not match "
        + "the \"\(pattern)\" pattern. Supply an argument that matches \"\(pattern)\" and try "
        + "the command again.", category: .invalidData)
  }
  return result
}
