import ShellSyntax

/// Expandable strings: `"$name ${braced} $(statements)"`, joined with `$OFS`, invariantly.
extension Interpreter {
  func expand(_ parts: [StringPart], _ scope: Scope) throws -> String {
    var result = ""
    let separator = scope.lookup("ofs")?.value.toText() ?? " "
    for part in parts {
      switch part {
      case .literal(let text):
        result += text
      case .variable(let path, let range):
        result += try readVariable(path, scope, range: range, inString: true)
          .toText(separator: separator)
      case .subExpression(let statements, _):
        let sink = CollectingSink()
        try execute(statements, scope, sink)
        result += sink.result.toText(separator: separator)
      }
    }
    return result
  }
}
