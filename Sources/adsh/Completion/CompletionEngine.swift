import Foundation
import ShellCore
import ShellSyntax

/// What Tab offers: the text from UTF-8 offset `replaceFrom` to the cursor is to be replaced
/// by one of `candidates`.
struct Completion: Equatable {
  var replaceFrom: Int
  var candidates: [String]

  /// No completion: libedit beeps.
  static let none = Completion(replaceFrom: 0, candidates: [])
}

/// Proposes Tab completions from the session: command names, parameter names and values,
/// variables, members of variables and file paths, as pwsh's TabExpansion2 does.
///
/// The text before the cursor is parsed and the innermost command or expression that ends at
/// the cursor decides what is completed; parameters come from the same declarations the
/// binder reads. Matching ignores case and candidates keep the declared casing.
struct CompletionEngine {
  let interpreter: Interpreter
  /// The directory relative paths are completed in.
  var currentDirectory: () -> String = { FileManager.default.currentDirectoryPath }
  /// Whether executables on `$env:PATH` are offered as command names.
  var includesExternalCommands = true

  /// The completions for `line` with the cursor at UTF-8 offset `cursor`.
  func complete(_ line: String, cursor: Int) -> Completion {
    let bytes = Array(line.utf8.prefix(max(0, cursor)))
    let text = String(decoding: bytes, as: UTF8.self)
    let end = text.utf8.count
    if let completion = completeAfterDot(text, end: end) { return completion }
    if text.hasSuffix("$") || text.hasSuffix("@") {
      return variables(prefix: "", sigil: String(text.suffix(1)), scope: nil, from: end - 1)
    }
    let parsed = Parser.parse(SourceText(text))
    let walk = CompletionSyntaxWalk(script: parsed.script, text: bytes)
    if let expression = walk.expressions.last {
      if let completion = complete(expression, text: bytes) { return completion }
      if case .member(let target, let member, false, _) = expression.kind,
        case .stringConstant(let name, _) = member.kind,
        let completion = pipelineItemMembers(
          of: target, prefix: name, from: member.range.startOffset, in: walk)
      {
        return completion
      }
    }
    guard let command = walk.commands.last else { return .none }
    if let completion = inputProperties(for: command, in: walk, text: bytes) {
      return completion
    }
    return complete(command, text: bytes)
  }

  // MARK: - Expressions

  /// `$var.` (nothing typed after the dot yet): every member of the variable's value.
  private func completeAfterDot(_ text: String, end: Int) -> Completion? {
    guard text.hasSuffix("."), !text.hasSuffix("..") else { return nil }
    let before = Array(text.utf8.dropLast())
    let parsed = Parser.parse(SourceText(String(decoding: before, as: UTF8.self)))
    let walk = CompletionSyntaxWalk(script: parsed.script, text: before)
    guard let target = walk.expressions.last else { return nil }
    return members(of: target, prefix: "", from: end)
      ?? pipelineItemMembers(of: target, prefix: "", from: end, in: walk)
  }

  private func complete(_ expression: ExpressionAst, text: [UInt8]) -> Completion? {
    switch expression.kind {
    case .variable(let path, let isSplatted):
      return variables(
        prefix: path.name, sigil: isSplatted ? "@" : "$", scope: path.scope,
        from: expression.range.startOffset)
    case .member(let target, let member, let isStatic, _):
      guard !isStatic, case .stringConstant(let name, _) = member.kind else { return nil }
      return members(of: target, prefix: name, from: member.range.startOffset)
    default:
      return nil
    }
  }

  private func variables(prefix: String, sigil: String, scope: String?, from start: Int)
    -> Completion
  {
    let names: [String]
    if scope == "env" {
      names = Array(ProcessInfo.processInfo.environment.keys)
    } else {
      names = interpreter.globalScope.visibleVariables.map(\.name)
    }
    let scopePrefix = scope.map { $0 + ":" } ?? ""
    let candidates = Self.matching(names, prefix).map { name in
      let isPlain = name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "?" }
      return isPlain ? sigil + scopePrefix + name : sigil + "{" + scopePrefix + name + "}"
    }
    return Completion(replaceFrom: start, candidates: candidates)
  }

  /// Property names of the value a variable (or a chain of members of one) holds now.
  ///
  /// Only variables and member chains are evaluated, never calls, so Tab has no side effects.
  private func members(of target: ExpressionAst, prefix: String, from start: Int) -> Completion? {
    guard let value = peek(target) else { return nil }
    let names = Self.memberNames(of: value)
    let candidates = Self.matching(names, prefix).map { name in
      name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } ? name : Self.quoted(name)
    }
    return Completion(replaceFrom: start, candidates: candidates)
  }

  func peek(_ expression: ExpressionAst) -> Value? {
    switch expression.kind {
    case .variable(let path, _):
      guard path.scope == nil || ["global", "script", "local"].contains(path.scope ?? "") else {
        return nil
      }
      return interpreter.globalScope.lookup(path.key)?.value
    case .member(let target, let member, false, _):
      guard case .stringConstant(let name, _) = member.kind, let base = peek(target) else {
        return nil
      }
      switch base {
      case .object(let object): return object.value(of: name)
      case .hashtable(let table): return table[name]
      default: return nil
      }
    default:
      return nil
    }
  }

  static func memberNames(of value: Value) -> [String] {
    switch value {
    case .object(let object):
      return object.propertyNames
    case .hashtable(let table):
      return table.keys.compactMap { key in
        if case .string(let name) = key { return name }
        return nil
      } + ["Count", "Keys", "Values"]
    case .array(let array):
      let first = array.items.first.map(memberNames) ?? []
      return ["Count", "Length"] + first.filter { !["Count", "Length"].contains($0) }
    case .string:
      return ["Length"]
    default:
      return []
    }
  }

  // MARK: - Commands

  private func complete(_ command: CommandAst, text: [UInt8]) -> Completion {
    let cursor = text.count
    if command.name.range.endOffset == cursor, command.elements.isEmpty {
      let word = Self.slice(text, command.name.range)
      if Self.looksLikePath(word) {
        return paths(word: word, from: command.name.range.startOffset)
      }
      return commandNames(prefix: word, from: command.name.range.startOffset)
    }
    let parameters = parameterTable(for: command)
    let elements = command.elements
    guard let last = elements.last else {
      return paths(word: "", from: cursor)
    }
    if last.range.endOffset == cursor {
      switch last {
      case .parameter(let name, let argument, let range):
        if let argument {
          return values(
            of: name, in: parameters, word: Self.slice(text, argument.range),
            from: argument.range.startOffset)
        }
        return parameterNames(prefix: name, in: parameters, used: elements, from: range.startOffset)
      case .argument(let expression):
        let word = Self.slice(text, expression.range)
        if word == "-" {
          return parameterNames(
            prefix: "", in: parameters, used: elements, from: expression.range.startOffset)
        }
        if elements.count >= 2, case .parameter(let name, nil, _) = elements[elements.count - 2],
          Self.declaration(name, in: parameters)?.validValues != nil
        {
          return values(of: name, in: parameters, word: word, from: expression.range.startOffset)
        }
        return paths(word: word, from: expression.range.startOffset)
      case .endOfParameters, .stopParsing:
        return .none
      }
    }
    // The cursor follows white space: a new word starts here.
    if case .parameter(let name, nil, _) = last,
      Self.declaration(name, in: parameters)?.validValues != nil
    {
      return values(of: name, in: parameters, word: "", from: cursor)
    }
    return paths(word: "", from: cursor)
  }

  /// Cmdlets, functions and aliases (then executables on the PATH) whose names start with
  /// `prefix`; a prefix holding `*` or `?` is matched as a wildcard pattern instead.
  private func commandNames(prefix: String, from start: Int) -> Completion {
    var names = interpreter.cmdletTypes.map { $0.declaration.name }
    names += interpreter.functionTable.map(\.name)
    names += interpreter.aliasTable.map(\.0)
    var candidates = Self.matching(names, prefix)
    if includesExternalCommands {
      let known = Set(candidates.map { $0.lowercased() })
      candidates += Self.matching(Self.executablesOnPath(matching: prefix), prefix).filter {
        !known.contains($0.lowercased())
      }
    }
    return Completion(replaceFrom: start, candidates: candidates)
  }

  private func parameterNames(
    prefix: String, in parameters: [ParameterDeclaration], used: [CommandElement],
    from start: Int
  ) -> Completion {
    let written = used.dropLast().compactMap { element -> String? in
      if case .parameter(let name, _, _) = element { return name }
      return nil
    }
    let available = parameters.filter { parameter in
      !written.contains { parameter.answers(to: $0) }
    }
    let lower = prefix.lowercased()
    let candidates = available.map(\.name).filter { $0.lowercased().hasPrefix(lower) }
    return Completion(replaceFrom: start, candidates: candidates.map { "-" + $0 })
  }

  private func values(
    of parameterName: String, in parameters: [ParameterDeclaration], word: String,
    from start: Int
  ) -> Completion {
    guard let validValues = Self.declaration(parameterName, in: parameters)?.validValues else {
      return paths(word: word, from: start)
    }
    let prefix = word.hasPrefix("'") || word.hasPrefix("\"") ? String(word.dropFirst()) : word
    let lower = prefix.lowercased()
    let candidates = validValues.filter { $0.lowercased().hasPrefix(lower) }.map { value in
      value.contains(where: { $0 == " " || $0 == "'" }) ? Self.quoted(value) : value
    }
    return Completion(replaceFrom: start, candidates: candidates)
  }

  /// The parameters of the command a CommandAst names, following aliases; empty when the
  /// command is unknown or not named literally.
  func parameterTable(for command: CommandAst) -> [ParameterDeclaration] {
    guard var name = command.literalName?.lowercased() else { return [] }
    let aliases = Dictionary(
      interpreter.aliasTable.map { ($0.0.lowercased(), $0.1) }, uniquingKeysWith: { a, _ in a })
    for _ in 0..<8 {
      guard let target = aliases[name] else { break }
      name = target.lowercased()
    }
    if let function = interpreter.functionTable.first(where: { $0.name.lowercased() == name }) {
      let common =
        function.isAdvanced ? CommonParameters.declarations(supportsShouldProcess: false) : []
      return function.parameters + common
    }
    if let cmdlet = interpreter.cmdletTypes.first(where: {
      $0.declaration.name.lowercased() == name
    }) {
      return cmdlet.declaration.allParameters
    }
    return []
  }

  // MARK: - Helpers

  private static func declaration(_ name: String, in parameters: [ParameterDeclaration])
    -> ParameterDeclaration?
  {
    if let exact = parameters.first(where: { $0.answers(to: name) }) { return exact }
    let lower = name.lowercased()
    let matches = parameters.filter { $0.name.lowercased().hasPrefix(lower) }
    return matches.count == 1 ? matches[0] : nil
  }

  /// The names starting with `prefix` (or matching it as a wildcard), case-insensitively,
  /// sorted and without duplicates.
  static func matching(_ names: [String], _ prefix: String) -> [String] {
    let isPattern = prefix.contains("*") || prefix.contains("?")
    let lower = prefix.lowercased()
    var seen = Set<String>()
    var result: [String] = []
    for name in names {
      let matches =
        isPattern
        ? Operators.wildcardMatch(name, pattern: prefix.hasSuffix("*") ? prefix : prefix + "*")
        : name.lowercased().hasPrefix(lower)
      if matches, seen.insert(name.lowercased()).inserted { result.append(name) }
    }
    return result.sorted { $0.lowercased() < $1.lowercased() }
  }

  static func slice(_ text: [UInt8], _ range: SourceRange) -> String {
    let start = min(max(0, range.startOffset), text.count)
    let end = min(max(start, range.endOffset), text.count)
    return String(decoding: text[start..<end], as: UTF8.self)
  }

  static func quoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
  }

  private static func looksLikePath(_ word: String) -> Bool {
    word.contains("/") || word.hasPrefix(".") || word.hasPrefix("~")
  }

  /// Executables in the `$env:PATH` directories whose names match `prefix`.
  private static func executablesOnPath(matching prefix: String) -> [String] {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    var names: [String] = []
    for directory in path.split(separator: ":") {
      let entries = (try? FileManager.default.contentsOfDirectory(atPath: String(directory))) ?? []
      names += matching(entries, prefix).filter {
        FileManager.default.isExecutableFile(atPath: String(directory) + "/" + $0)
      }
    }
    return names
  }
}
