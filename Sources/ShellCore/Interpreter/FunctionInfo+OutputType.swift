import ShellSyntax

extension FunctionInfo {
  /// The type names a function declares with `[OutputType([T])]` or `[OutputType('T')]`, as
  /// Get-Command's `OutputType` shows them: a type literal by its full .NET name when the
  /// session knows the type (`[string]` is System.String), a string as written.
  public func outputTypeNames(_ interpreter: Interpreter) -> [String] {
    // The attributes before `param` belong to the param block; the body keeps them too.
    let attributes = block.ast.paramBlock?.attributes ?? block.ast.attributes
    var names: [String] = []
    for attribute in attributes where attribute.typeName.name.lowercased() == "outputtype" {
      for argument in attribute.positionalArguments {
        names += Self.typeNames(in: argument, interpreter)
      }
    }
    return names
  }

  private static func typeNames(in expression: ExpressionAst, _ interpreter: Interpreter)
    -> [String]
  {
    switch expression.kind {
    case .typeLiteral(let type):
      return [interpreter.lookupType(type.name)?.fullName ?? type.name]
    case .stringConstant(let text, _):
      return [text]
    case .arrayLiteral(let items):
      return items.flatMap { typeNames(in: $0, interpreter) }
    default:
      return []
    }
  }
}
