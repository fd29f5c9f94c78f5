import ShellCore

/// Get-Command (`gcm`): lists the session's cmdlets, functions and aliases, and finds
/// programs.
final class GetCommand: Cmdlet {
  static let commandTypes = [
    "Alias", "Function", "Filter", "Cmdlet", "ExternalScript", "Application", "Script",
    "Configuration", "All",
  ]

  static let declaration = CmdletDeclaration(
    name: "Get-Command",
    synopsis: "Gets all commands.",
    description: """
      Writes one object per command with its CommandType, Name, Version and Source (the \
      module). Without a name, or with a wildcard, the commands are sorted by type (aliases, \
      functions, cmdlets) and then by name. A name without wildcards that is no alias, \
      function or cmdlet is looked up as a program (a path, or a file in $env:PATH), whose \
      Source and Path are its full path; a wildcard lists programs only with -CommandType \
      Application. A name that matches nothing is an error. -Syntax writes each command's \
      syntax lines instead.
      """,
    parameters: [
      ParameterDeclaration(
        "Name", .stringArray, position: 0, pipeline: [.byValue, .byPropertyName],
        sets: ["AllCommandSet"], help: "The names of the commands to get; wildcards are permitted."),
      ParameterDeclaration(
        "Verb", .stringArray, pipeline: .byPropertyName, sets: ["CmdletSet"],
        help: "Gets commands whose verb (before the dash) matches."),
      ParameterDeclaration(
        "Noun", .stringArray, pipeline: .byPropertyName, sets: ["CmdletSet"],
        help: "Gets commands whose noun (after the dash) matches."),
      ParameterDeclaration(
        "Module", .stringArray, pipeline: .byPropertyName, aliases: ["PSSnapin"],
        help: "Gets the commands of the named modules."),
      ParameterDeclaration(
        "CommandType", .stringArray, pipeline: .byPropertyName, sets: ["AllCommandSet"],
        aliases: ["Type"], validValues: commandTypes, help: "Gets only commands of these types."),
      ParameterDeclaration(
        "TotalCount", .int, pipeline: .byPropertyName, help: "How many commands to get at most."),
      ParameterDeclaration(
        "Syntax", .switchParameter, pipeline: .byPropertyName,
        help: "Writes the syntax of each command instead of the command object."),
      ParameterDeclaration(
        "All", .switchParameter, pipeline: .byPropertyName,
        help: "Includes commands hidden by others of the same name."),
      ParameterDeclaration(
        "ListImported", .switchParameter, pipeline: .byPropertyName,
        help: "Gets only the commands of the current session."),
    ],
    defaultParameterSet: "CmdletSet",
    examples: [
      CmdletExample(
        "Get-Command -Name ConvertTo-J* | ForEach-Object Name",
        remarks: "Names the commands matching a wildcard.", prints: "ConvertTo-Json\n"),
      CmdletExample(
        "(Get-Command gc).Definition", remarks: "Shows what an alias stands for.",
        prints: "Get-Content\n"),
      CmdletExample(
        "Get-Command -Verb Export -Noun Csv | ForEach-Object { $_.Source }",
        remarks: "Finds a cmdlet by verb and noun and shows its module.",
        prints: "Microsoft.PowerShell.Utility\n"),
    ],
    module: "Microsoft.PowerShell.Core", outputType: CoreOutputTypes.commandInfo)

  required init() {}

  func process(_ context: CommandContext) throws {
    let interpreter = context.interpreter
    let patterns = context.parameters["Name"]?.enumerated.map { $0.toText() }
    var entries = CommandInfoObjects.entries(interpreter)
    entries = entries.filter { matchesFilters($0, context) }
    var results: [CommandInfoObjects.Entry] = []
    if let patterns {
      for pattern in patterns {
        let isWildcard = pattern.contains { "*?[".contains($0) }
        var matches = entries.filter { Operators.wildcardMatch($0.name, pattern: pattern) }
        matches += programs(pattern, isWildcard: isWildcard, found: !matches.isEmpty, context)
        if matches.isEmpty, !isWildcard {
          try context.writeError(notFound(pattern, context))
        }
        results += matches.filter { match in
          !results.contains {
            $0.name == match.name && $0.commandType.rank == match.commandType.rank
          }
        }
      }
    } else {
      results = entries
    }
    if patterns == nil || patterns?.contains(where: { $0.contains { "*?[".contains($0) } }) == true
    {
      results = results.enumerated().sorted { left, right in
        let (a, b) = (left.element, right.element)
        if a.commandType.rank != b.commandType.rank {
          return a.commandType.rank < b.commandType.rank
        }
        let order = a.name.lowercased().compare(b.name.lowercased())
        return order == .orderedSame ? left.offset < right.offset : order == .orderedAscending
      }.map(\.element)
    }
    if let total = context.parameters["TotalCount"]?.intValue, total >= 0 {
      results = Array(results.prefix(total))
    }
    for entry in results {
      if context.parameters.isSet("Syntax") {
        try context.write(.string(syntax(entry, interpreter)))
      } else {
        try context.write(CommandInfoObjects.object(entry, interpreter))
      }
    }
  }

  /// The programs a name finds: the one a name without wildcards runs when it is no other
  /// command, or with `-CommandType Application` (or `All`) every program in `PATH` that a
  /// wildcard matches.
  ///
  /// pwsh also lists programs for a bare wildcard (`Get-Command *sort*`); adsh asks for
  /// `-CommandType Application`, so that the session's listings do not depend on what the
  /// machine has installed.
  private func programs(
    _ pattern: String, isWildcard: Bool, found: Bool, _ context: CommandContext
  ) -> [CommandInfoObjects.Entry] {
    let interpreter = context.interpreter
    let candidates: [CommandInfoObjects.Entry]
    if isWildcard {
      let types = context.parameters["CommandType"]?.enumerated.map { $0.toText().lowercased() }
      guard let types, types.contains("application") || types.contains("all") else { return [] }
      candidates = interpreter.findApplications(matching: pattern).map { .application(path: $0) }
    } else {
      guard !found, let path = interpreter.findApplication(pattern) else { return [] }
      candidates = [.application(path: path)]
    }
    return candidates.filter { matchesFilters($0, context) }
  }

  /// `-Verb`, `-Noun`, `-Module` and `-CommandType`.
  private func matchesFilters(_ entry: CommandInfoObjects.Entry, _ context: CommandContext) -> Bool
  {
    let parameters = context.parameters
    func matches(_ text: String, _ name: String) -> Bool {
      guard let patterns = parameters[name]?.enumerated.map({ $0.toText() }) else { return true }
      return patterns.contains { Operators.wildcardMatch(text, pattern: $0) }
    }
    if parameters.contains("Verb") || parameters.contains("Noun") {
      if case .alias = entry { return false }
      let (verb, noun) = CommandInfoObjects.verbAndNoun(entry.name)
      if verb.isEmpty || !matches(verb, "Verb") || !matches(noun, "Noun") { return false }
    }
    if parameters.contains("Module") {
      let module = CommandInfoObjects.source(entry, context.interpreter).module
      if !matches(module, "Module") { return false }
    }
    if let types = parameters["CommandType"]?.enumerated.map({ $0.toText().lowercased() }),
      !types.contains("all")
    {
      if !types.contains(entry.commandType.name.lowercased()) { return false }
    }
    return true
  }

  /// The syntax text `-Syntax` writes: each set on its own line after an empty one.
  private func syntax(_ entry: CommandInfoObjects.Entry, _ interpreter: Interpreter) -> String {
    switch entry {
    case .cmdlet(let type):
      return CommandHelp(cmdlet: type, aliases: []).syntaxLines.map { "\n" + $0 + "\n" }.joined()
    case .function(let info):
      return CommandHelp(function: info, aliases: []).syntaxLines.map { "\n" + $0 + "\n" }.joined()
    case .alias(let name, let target):
      return "\(name) (alias) -> \(target)\n"
    case .application(let path):
      return path + "\n"
    }
  }

  private func notFound(_ name: String, _ context: CommandContext) -> ErrorRecord {
    CmdletErrors.record(
      context, "CommandNotFoundException",
      "The term '\(name)' is not recognized as a name of a cmdlet, function, script file, or "
        + "executable program.\nCheck the spelling of the name, or if a path was included, "
        + "verify that the path is correct and try again.",
      category: .objectNotFound, target: .string(name),
      exceptionType: "System.Management.Automation.CommandNotFoundException")
  }
}
