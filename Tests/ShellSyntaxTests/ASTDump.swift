@testable import ShellSyntax

/// Renders ASTs as compact S-expressions so tests can assert whole shapes in one string.
enum ASTDump {
  static func script(_ block: ScriptBlockAst) -> String {
    var parts: [String] = []
    if !block.attributes.isEmpty {
      parts.append(block.attributes.map(attribute).joined())
    }
    if let param = block.paramBlock {
      parts.append("param(" + param.parameters.map(parameter).joined(separator: ", ") + ")")
    }
    if block.isUnnamedBody {
      parts.append(statements(block.endBlock?.statements ?? []))
    } else {
      if let begin = block.beginBlock {
        parts.append("begin{" + statements(begin.statements) + "}")
      }
      if let process = block.processBlock {
        parts.append("process{" + statements(process.statements) + "}")
      }
      if let end = block.endBlock { parts.append("end{" + statements(end.statements) + "}") }
    }
    return parts.filter { !$0.isEmpty }.joined(separator: " ")
  }

  static func statements(_ list: [StatementAst]) -> String {
    list.map(statement).joined(separator: "; ")
  }

  static func block(_ block: StatementBlock) -> String { "{" + statements(block.statements) + "}" }

  static func statement(_ statement: StatementAst) -> String {
    switch statement.kind {
    case .pipeline(let pipeline):
      return pipeline.elements.map(element).joined(separator: " | ")
    case .pipelineChain(let left, let op, let right):
      return "(\(op == .and ? "&&" : "||") \(self.statement(left)) \(self.statement(right)))"
    case .assignment(let target, let op, let value):
      return "(\(assignName(op)) \(expression(target)) \(self.statement(value)))"
    case .ifStatement(let clauses, let elseBody):
      var text = clauses.map { "if(\(self.statement($0.condition)))\(block($0.body))" }
        .joined(separator: " ")
      if let elseBody { text += " else" + block(elseBody) }
      return text
    case .foreachStatement(let label, let variable, let iterable, let body):
      return labelled(label) + "foreach($\(variable.userPath) in \(self.statement(iterable)))"
        + block(body)
    case .forStatement(let label, let initializer, let condition, let iterator, let body):
      let parts = [initializer, condition, iterator].map { $0.map(self.statement) ?? "" }
      return labelled(label) + "for(" + parts.joined(separator: "; ") + ")" + block(body)
    case .whileStatement(let label, let condition, let body):
      return labelled(label) + "while(\(self.statement(condition)))" + block(body)
    case .doLoop(let label, let body, let condition, let isUntil):
      return labelled(label) + "do" + block(body) + (isUntil ? "until" : "while") + "("
        + self.statement(condition) + ")"
    case .switchStatement(let ast):
      var flags = ""
      switch ast.mode {
      case .regex: flags += "-regex "
      case .wildcard: flags += "-wildcard "
      case .exact: break
      }
      if ast.isCaseSensitive { flags += "-casesensitive " }
      if ast.isFile { flags += "-file " }
      var clauses = ast.clauses.map { expression($0.test) + block($0.body) }
      if let defaultBody = ast.defaultBody { clauses.append("default" + block(defaultBody)) }
      return labelled(ast.label) + "switch \(flags)(\(self.statement(ast.condition))){"
        + clauses.joined(separator: " ") + "}"
    case .breakStatement(let label):
      return "break" + (label.map { " " + expression($0) } ?? "")
    case .continueStatement(let label):
      return "continue" + (label.map { " " + expression($0) } ?? "")
    case .returnStatement(let value):
      return "return" + (value.map { " " + self.statement($0) } ?? "")
    case .exitStatement(let value):
      return "exit" + (value.map { " " + self.statement($0) } ?? "")
    case .throwStatement(let value):
      return "throw" + (value.map { " " + self.statement($0) } ?? "")
    case .functionDefinition(let function):
      let params =
        function.parameters.map {
          "(" + $0.map(parameter).joined(separator: ", ") + ")"
        } ?? ""
      return (function.isFilter ? "filter " : "function ") + function.name + params + "{"
        + script(function.body) + "}"
    case .tryStatement(let body, let catches, let finallyBlock):
      var text = "try" + block(body)
      for clause in catches {
        text +=
          " catch" + clause.types.map { "[\($0.name)]" }.joined(separator: ",")
          + block(clause.body)
      }
      if let finallyBlock { text += " finally" + block(finallyBlock) }
      return text
    case .trapStatement(let type, let body):
      return "trap" + (type.map { "[\($0.name)]" } ?? "") + block(body)
    case .typeDefinition(let type):
      let keyword = type.kind == .enumType ? "enum " : "class "
      let bases =
        type.baseTypes.isEmpty ? "" : ":" + type.baseTypes.map(\.name).joined(separator: ",")
      var members = type.properties.map { property in
        (property.isStatic ? "static " : "") + (property.isHidden ? "hidden " : "")
          + (property.typeName.map { "[\($0.name)]" } ?? "") + "$" + property.name
          + (property.initializer.map { "=" + expression($0) } ?? "")
      }
      members += type.methods.map { method in
        (method.isStatic ? "static " : "") + (method.returnType.map { "[\($0.name)]" } ?? "")
          + method.name + "(" + method.parameters.map(parameter).joined(separator: ", ") + ")"
          + (method.baseArguments.map { ":base(" + $0.map(expression).joined(separator: ",") + ")" }
            ?? "") + "{" + script(method.body) + "}"
      }
      members += type.enumMembers.map { $0.name + ($0.value.map { "=" + expression($0) } ?? "") }
      return keyword + type.name + bases + "{" + members.joined(separator: "; ") + "}"
    case .empty:
      return "empty"
    }
  }

  static func labelled(_ label: String?) -> String { label.map { ":\($0) " } ?? "" }

  static func assignName(_ op: AssignmentOperator) -> String {
    switch op {
    case .assign: return "="
    case .add: return "+="
    case .subtract: return "-="
    case .multiply: return "*="
    case .divide: return "/="
    case .remainder: return "%="
    case .nullCoalesce: return "??="
    }
  }

  static func element(_ element: PipelineElement) -> String {
    switch element {
    case .expression(let expression, let redirections):
      return ([self.expression(expression)] + redirections.map(redirection)).joined(separator: " ")
    case .command(let command):
      return self.command(command)
    }
  }

  static func command(_ command: CommandAst) -> String {
    var parts: [String] = []
    switch command.invocation {
    case .normal: break
    case .ampersand: parts.append("&")
    case .dot: parts.append(".")
    }
    parts.append(expression(command.name))
    for element in command.elements {
      switch element {
      case .parameter(let name, let argument, _):
        parts.append("-" + name + (argument.map { ":" + expression($0) } ?? ""))
      case .argument(let argument):
        parts.append(expression(argument))
      case .endOfParameters:
        parts.append("--")
      case .stopParsing(let text, _):
        parts.append("--%[" + text + "]")
      }
    }
    parts += command.redirections.map(redirection)
    return "cmd(" + parts.joined(separator: " ") + ")"
  }

  static func redirection(_ redirection: Redirection) -> String {
    let stream: String
    switch redirection.stream {
    case .output: stream = "1"
    case .error: stream = "2"
    case .warning: stream = "3"
    case .verbose: stream = "4"
    case .debug: stream = "5"
    case .information: stream = "6"
    case .all: stream = "*"
    }
    switch redirection.target {
    case .mergeToOutput: return stream + ">&1"
    case .file(let target, let append): return stream + (append ? ">>" : ">") + expression(target)
    }
  }

  static func constant(_ value: ConstantValue) -> String {
    switch value {
    case .int(let number, _): return "\(number)"
    case .long(let number, _): return "\(number)L"
    case .decimal(let text): return "dec(\(text))"
    case .double(let number, _): return "dbl(\(number))"
    }
  }

  static func quoted(_ text: String, _ kind: StringQuoteKind) -> String {
    switch kind {
    case .bare: return "bare(\(text))"
    case .singleQuoted: return "'\(text)'"
    case .doubleQuoted: return "\"\(text)\""
    case .singleHereString: return "@'\(text)'@"
    case .doubleHereString: return "@\"\(text)\"@"
    }
  }

  static func expression(_ expression: ExpressionAst) -> String {
    switch expression.kind {
    case .constant(let value):
      return constant(value)
    case .stringConstant(let text, let kind):
      return quoted(text, kind)
    case .expandableString(let parts, let kind):
      let inner = parts.map { part -> String in
        switch part {
        case .literal(let text): return text
        case .variable(let path, _): return "{$\(path.userPath)}"
        case .subExpression(let list, _): return "{$(\(statements(list)))}"
        }
      }.joined()
      return "exp" + quoted(inner, kind)
    case .variable(let path, let isSplatted):
      return (isSplatted ? "@" : "$") + path.userPath
    case .binary(let op, let left, let right, _):
      return "(\(binaryName(op)) \(self.expression(left)) \(self.expression(right)))"
    case .unary(let op, let operand):
      return "(\(unaryName(op)) \(self.expression(operand)))"
    case .convert(let type, let operand):
      return "[\(type.name)]\(self.expression(operand))"
    case .attributed(let attribute, let operand):
      return "[\(attribute.typeName.name)(...)]\(self.expression(operand))"
    case .typeLiteral(let type):
      return "[\(type.name)]"
    case .arrayLiteral(let items):
      return "(, " + items.map(self.expression).joined(separator: " ") + ")"
    case .arraySubExpression(let list):
      return "@(" + statements(list) + ")"
    case .subExpression(let list):
      return "$(" + statements(list) + ")"
    case .paren(let inner):
      return "(paren " + statement(inner) + ")"
    case .hashtable(let entries):
      return "@{"
        + entries.map { self.expression($0.key) + "=" + statement($0.value) }
        .joined(separator: "; ") + "}"
    case .scriptBlock(let block):
      return "{" + script(block) + "}"
    case .member(let target, let member, let isStatic, let isNullConditional):
      let op = isStatic ? "::" : (isNullConditional ? "?." : ".")
      return "(\(op) \(self.expression(target)) \(self.expression(member)))"
    case .invokeMember(let target, let member, let arguments, let isStatic, let isNullConditional):
      let op = isStatic ? "::" : (isNullConditional ? "?." : ".")
      let args = arguments.map(self.expression).joined(separator: " ")
      return "(call\(op) \(self.expression(target)) \(self.expression(member))"
        + (args.isEmpty ? "" : " " + args) + ")"
    case .index(let target, let index, let isNullConditional):
      return "(\(isNullConditional ? "?[]" : "[]") \(self.expression(target)) "
        + "\(self.expression(index)))"
    case .ternary(let condition, let ifTrue, let ifFalse):
      return "(? \(self.expression(condition)) \(self.expression(ifTrue)) "
        + "\(self.expression(ifFalse)))"
    }
  }

  static func binaryName(_ op: BinaryOperator) -> String {
    switch op {
    case .add: return "+"
    case .subtract: return "-"
    case .multiply: return "*"
    case .divide: return "/"
    case .remainder: return "%"
    case .range: return ".."
    case .format: return "-f"
    case .and: return "-and"
    case .or: return "-or"
    case .xor: return "-xor"
    case .band: return "-band"
    case .bor: return "-bor"
    case .bxor: return "-bxor"
    case .shl: return "-shl"
    case .shr: return "-shr"
    case .join: return "-join"
    case .isType: return "-is"
    case .isNotType: return "-isnot"
    case .asType: return "-as"
    case .nullCoalesce: return "??"
    case .comparison(let comparison, let caseSensitive):
      return "-" + (caseSensitive ? "c" : "") + comparison.rawValue
    case .filterOperator(let name): return "-" + name
    }
  }

  static func unaryName(_ op: UnaryOperator) -> String {
    switch op {
    case .not: return "not"
    case .bnot: return "bnot"
    case .negate: return "neg"
    case .plus: return "plus"
    case .preIncrement: return "++pre"
    case .preDecrement: return "--pre"
    case .postIncrement: return "post++"
    case .postDecrement: return "post--"
    case .split: return "split"
    case .join: return "join"
    case .comma: return "unary,"
    }
  }

  static func attribute(_ attribute: AttributeAst) -> String {
    var args = attribute.positionalArguments.map(expression)
    args += attribute.namedArguments.map { $0.name + ($0.value.map { "=" + expression($0) } ?? "") }
    return "[\(attribute.typeName.name)(" + args.joined(separator: ",") + ")]"
  }

  static func parameter(_ parameter: ParameterAst) -> String {
    parameter.attributes.map(attribute).joined() + (parameter.typeName.map { "[\($0.name)]" } ?? "")
      + "$" + parameter.name.userPath + (parameter.defaultValue.map { "=" + expression($0) } ?? "")
  }
}

/// Parses `text` and returns its dump and errors.
func dump(_ text: String) -> String {
  let result = Parser.parse(SourceText(text))
  var out = ASTDump.script(result.script)
  if !result.errors.isEmpty {
    out +=
      " !! "
      + result.errors.map { "\($0.id)@\($0.range.start.line):\($0.range.start.column)" }
      .joined(separator: ",")
  }
  return out
}
