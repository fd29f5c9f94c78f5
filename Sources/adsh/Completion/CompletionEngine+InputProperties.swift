import ShellCore
import ShellSyntax

/// Property names of the objects flowing into a command, as pwsh's completers infer them.
///
/// `Get-ADUser x | Select-Object Sam<Tab>` offers SamAccountName: the command before the pipe
/// declares its output type (`[OutputType]`), and the type's properties are the candidates
/// for the parameters that name input properties (`-Property`, `-ExpandProperty`,
/// `-MemberName`, and the first positional argument when it binds to one of them), and after
/// `$_.` or `$PSItem.` in a script block given to a command of the pipeline. Commands that pass
/// their input through (Where-Object, Sort-Object) are looked through; a variable at the head
/// of the pipeline offers the properties of the value it holds now. Nothing is run.
extension CompletionEngine {
  /// Parameters whose values are names of properties of the input objects.
  static let propertyParameters: Set<String> = ["property", "expandproperty", "membername"]

  /// Commands whose output is their input (some of it, reordered), so the type before them
  /// flows on.
  static let passThroughCommands: Set<String> = [
    "where-object", "sort-object", "tee-object", "get-unique",
  ]

  /// The input's property names for the word being typed as `command`'s argument, when that
  /// argument names properties of its input.
  func inputProperties(
    for command: CommandAst, in walk: CompletionSyntaxWalk, text: [UInt8]
  ) -> Completion? {
    let cursor = text.count
    guard command.name.range.endOffset < cursor, readsInputProperties(command) else { return nil }
    let parameters = parameterTable(for: command)
    let elements = command.elements
    var word = ""
    var start = cursor
    var earlier = elements[...]
    if let last = elements.last, last.range.endOffset == cursor {
      guard case .argument(let expression) = last,
        let typed = Self.typedName(expression, text: text)
      else { return nil }
      (word, start) = typed
      earlier = elements.dropLast()
    }
    guard takesPropertyName(after: earlier, parameters) else { return nil }
    guard let names = inputPropertyNames(of: command, in: walk) else { return nil }
    return Completion(replaceFrom: start, candidates: Self.matching(names, word))
  }

  /// `$_.Na` or `$_.` in a script block argument: the properties of the pipeline's objects.
  func pipelineItemMembers(
    of target: ExpressionAst, prefix: String, from start: Int, in walk: CompletionSyntaxWalk
  ) -> Completion? {
    guard case .variable(let path, _) = target.kind,
      ["_", "psitem"].contains(path.name.lowercased())
    else { return nil }
    let cursor = walk.cursor
    let owner = walk.commands.last { command in
      command.elements.contains { element in
        guard case .argument(let expression) = element, case .scriptBlock = expression.kind
        else { return false }
        return expression.range.startOffset < cursor
      }
    }
    guard let owner, let names = inputPropertyNames(of: owner, in: walk) else { return nil }
    return Completion(replaceFrom: start, candidates: Self.matching(names, prefix))
  }

  /// The property names of the objects that reach `command` through its pipeline, or nil when
  /// nothing before it says what they are.
  func inputPropertyNames(of command: CommandAst, in walk: CompletionSyntaxWalk) -> [String]? {
    let start = command.range.startOffset
    for pipeline in walk.pipelines.reversed() {
      guard
        let index = pipeline.elements.firstIndex(where: { element in
          if case .command(let candidate) = element {
            return candidate.range.startOffset == start
          }
          return false
        })
      else { continue }
      for element in pipeline.elements[..<index].reversed() {
        switch element {
        case .expression(let expression, _):
          return peek(expression).map(Self.memberNames)
        case .command(let source):
          guard let name = resolvedName(of: source) else { return nil }
          if Self.passThroughCommands.contains(name.lowercased()) { continue }
          return outputPropertyNames(ofCommandNamed: name)
        }
      }
      return nil
    }
    return nil
  }

  /// The properties of the types a cmdlet or function declares with `[OutputType]`; a
  /// function's type names are looked up among the types the cmdlets declare.
  func outputPropertyNames(ofCommandNamed name: String) -> [String]? {
    let declared = interpreter.cmdletTypes.flatMap { $0.declaration.outputType }
    var types: [OutputTypeDeclaration] = []
    if let function = interpreter.functionTable.first(where: {
      $0.name.caseInsensitiveCompare(name) == .orderedSame
    }) {
      for typeName in function.outputTypeNames(interpreter) {
        types += declared.filter { $0.name.caseInsensitiveCompare(typeName) == .orderedSame }
          .prefix(1)
      }
    } else if let cmdlet = interpreter.cmdletTypes.first(where: {
      $0.declaration.name.caseInsensitiveCompare(name) == .orderedSame
    }) {
      types = cmdlet.declaration.outputType
    }
    let names = types.flatMap(\.properties)
    return names.isEmpty ? nil : names
  }

  /// Whether the command is one of PowerShell's own cmdlets or a function, whose -Property
  /// names properties of the input; a module's -Property (Get-MgUser's) names properties of
  /// what the command itself fetches.
  private func readsInputProperties(_ command: CommandAst) -> Bool {
    guard let name = resolvedName(of: command) else { return false }
    if interpreter.functionTable.contains(where: {
      $0.name.caseInsensitiveCompare(name) == .orderedSame
    }) {
      return true
    }
    return interpreter.cmdletTypes.contains { cmdlet in
      cmdlet.declaration.name.caseInsensitiveCompare(name) == .orderedSame
        && cmdlet.declaration.module.hasPrefix("Microsoft.PowerShell.")
    }
  }

  /// The command a CommandAst runs, by name, with aliases followed.
  func resolvedName(of command: CommandAst) -> String? {
    guard var name = command.literalName else { return nil }
    for _ in 0..<8 {
      guard
        let target = interpreter.aliasTable.first(where: {
          $0.0.caseInsensitiveCompare(name) == .orderedSame
        })?.1
      else { break }
      name = target
    }
    return name
  }

  /// Whether the next argument after `elements` binds to a parameter naming input properties:
  /// it follows `-Property` (or `-ExpandProperty`, `-MemberName`), or it is the first
  /// positional argument and position 0 is such a parameter.
  private func takesPropertyName(
    after elements: ArraySlice<CommandElement>, _ parameters: [ParameterDeclaration]
  ) -> Bool {
    var positionalCount = 0
    var awaitsValue = false
    var named: [ParameterDeclaration] = []
    for element in elements {
      switch element {
      case .parameter(let name, let argument, _):
        let declaration = parameters.first { $0.answers(to: name) }
        if let declaration { named.append(declaration) }
        awaitsValue = argument == nil && !(declaration?.isSwitch ?? true)
      case .argument:
        if !awaitsValue { positionalCount += 1 }
        awaitsValue = false
      case .endOfParameters, .stopParsing:
        return false
      }
    }
    if awaitsValue, case .parameter(let name, _, _)? = elements.last {
      let declaration = parameters.first { $0.answers(to: name) }
      return declaration.map { Self.propertyParameters.contains($0.name.lowercased()) } ?? false
    }
    guard positionalCount == 0 else { return false }
    // The first positional argument binds to position 0 unless that one was given by name.
    return parameters.contains { parameter in
      parameter.position == 0 && Self.propertyParameters.contains(parameter.name.lowercased())
        && !named.contains { $0.name == parameter.name }
    }
  }

  /// The name being typed in an argument (a bare word or the last item of a list such as
  /// `Name, Sam`) and where it starts.
  private static func typedName(_ expression: ExpressionAst, text: [UInt8]) -> (String, Int)? {
    switch expression.kind {
    case .stringConstant(let value, _):
      let raw = slice(text, expression.range)
      let isQuoted = raw.hasPrefix("'") || raw.hasPrefix("\"")
      return (isQuoted ? String(raw.dropFirst()) : value, expression.range.startOffset)
    case .arrayLiteral(let items):
      guard let last = items.last, last.range.endOffset == expression.range.endOffset else {
        return nil
      }
      return typedName(last, text: text)
    default:
      return nil
    }
  }
}
