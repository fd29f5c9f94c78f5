import ShellCore

/// Get-Help (`help`, `man`): shows a command's help page as text, generated from its
/// declaration: synopsis, syntax, description, parameters and examples.
final class GetHelp: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-Help",
    synopsis: "Displays information about PowerShell commands and concepts.",
    description: """
      Writes the help page of a cmdlet, function or alias as lines of text. The syntax is \
      generated from the parameter metadata, one line per parameter set. -Examples shows the \
      examples, -Detailed adds the parameter descriptions, -Full adds each parameter's \
      attributes, and -Parameter shows only the named parameters. A wildcard name that \
      matches several commands or about_ topics lists them with their synopses. Lines are \
      wrapped to the window's width. -Online opens the cmdlet's page on Microsoft Learn.
      """,
    parameters: [
      ParameterDeclaration(
        "Name", .string, position: 0, pipeline: .byPropertyName,
        help: "The command to describe; wildcards list the matching commands."),
      ParameterDeclaration(
        "Full", .switchParameter, sets: ["AllUsersView"],
        help: "Shows the whole page, with each parameter's attributes."),
      ParameterDeclaration(
        "Detailed", .switchParameter, mandatory: true, sets: ["DetailedView"],
        help: "Adds parameter descriptions and examples."),
      ParameterDeclaration(
        "Examples", .switchParameter, mandatory: true, sets: ["Examples"],
        help: "Shows only the name, synopsis and examples."),
      ParameterDeclaration(
        "Parameter", .stringArray, mandatory: true, sets: ["Parameters"],
        help: "Shows only the named parameters; wildcards are permitted."),
      ParameterDeclaration(
        "Online", .switchParameter, mandatory: true, sets: ["Online"],
        help: "Opens the online version of the help page in the default browser."),
    ],
    defaultParameterSet: "AllUsersView",
    examples: [
      CmdletExample(
        "(Get-Help Add-Content)[2]",
        remarks: "The third line of the page holds the command's name.", prints: "    Add-Content\n"
      ),
      CmdletExample(
        "Get-Help ConvertFrom-Csv -Parameter Header",
        remarks: "Describes one parameter.",
        prints: "    -Header <string[]>\n"
          + "        Column names to use; the first line is then read as data.\n\n"
          + "        Required?                    false\n"
          + "        Position?                    named\n"
          + "        Default value                None\n"
          + "        Accept pipeline input?       False\n"
          + "        Aliases                      none\n"
          + "        Accept wildcard characters?  false\n\n\n"),
    ],
    module: "Microsoft.PowerShell.Core")

  required init() {}

  func process(_ context: CommandContext) throws {
    let interpreter = context.interpreter
    guard let name = context.parameters["Name"]?.toText(), !name.isEmpty else {
      try write(Self.overview, context)
      return
    }
    let isWildcard = name.contains { "*?[".contains($0) }
    let topics = interpreter.helpTopics.topics.filter {
      isWildcard
        ? Operators.wildcardMatch($0.name, pattern: name)
        : $0.name.caseInsensitiveCompare(name) == .orderedSame
    }
    var commandMatches: [CommandInfoObjects.Entry] = []
    if isWildcard {
      commandMatches = CommandInfoObjects.entries(interpreter).filter {
        Operators.wildcardMatch($0.name, pattern: name)
      }
      if commandMatches.count + topics.count > 1 {
        for entry in commandMatches.sorted(by: { $0.name.lowercased() < $1.name.lowercased() }) {
          try context.write(summary(entry, interpreter))
        }
        for topic in topics.sorted(by: { $0.name.lowercased() < $1.name.lowercased() }) {
          try context.write(Self.summary(topic))
        }
        return
      }
    }
    if let topic = topics.first, commandMatches.isEmpty {
      guard !context.parameters.isSet("Online") else {
        throw CmdletErrors.terminating(
          context, "InvalidOperation", Self.noURIFound, category: .invalidOperation,
          exceptionType: "System.Management.Automation.PSInvalidOperationException")
      }
      try write(topic.lines, context)
      return
    }
    guard let help = Self.help(for: isWildcard ? nil : name, pattern: name, interpreter) else {
      try context.writeError(notFound(name, context))
      return
    }
    if context.parameters.isSet("Online") {
      try showOnline(help, context)
      return
    }
    if let wanted = context.parameters["Parameter"]?.enumerated.map({ $0.toText() }) {
      let chosen = help.parameters.filter { parameter in
        wanted.contains { Operators.wildcardMatch(parameter.name, pattern: $0) }
      }
      guard !chosen.isEmpty else {
        throw CmdletErrors.terminating(
          context, "NoParmsFound",
          "No parameter matches criteria \(wanted.joined(separator: ", ")).",
          category: .objectNotFound, target: .string(wanted.joined(separator: ", ")),
          exceptionType: "System.Management.Automation.PSArgumentException")
      }
      for parameter in chosen {
        try write(help.parameterLines(parameter, withAttributes: true) + [""], context)
      }
      return
    }
    let view: CommandHelp.View =
      context.parameters.isSet("Examples")
      ? .examples
      : context.parameters.isSet("Full")
        ? .full : context.parameters.isSet("Detailed") ? .detailed : .standard
    try write(help.lines(view), context)
  }

  /// Writes help lines, wrapped to the window as pwsh's help views are.
  private func write(_ lines: [String], _ context: CommandContext) throws {
    for line in HelpTextWrapping.wrap(lines, width: context.interpreter.host.width) {
      try context.write(.string(line))
    }
  }

  /// The help of a command by name (aliases lead to their target), or of the one command a
  /// wildcard matches.
  static func help(for name: String?, pattern: String, _ interpreter: Interpreter) -> CommandHelp? {
    var entries = CommandInfoObjects.entries(interpreter)
    if let name {
      entries = entries.filter { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    } else {
      entries = entries.filter { Operators.wildcardMatch($0.name, pattern: pattern) }
    }
    guard var entry = entries.first else { return nil }
    if case .alias(_, let target) = entry,
      let resolved = CommandInfoObjects.entries(interpreter).first(where: {
        if case .alias = $0 { return false }
        return $0.name.caseInsensitiveCompare(target) == .orderedSame
      })
    {
      entry = resolved
    }
    let aliases = CommandInfoObjects.aliases(of: entry.name, interpreter)
    switch entry {
    case .cmdlet(let type): return CommandHelp(cmdlet: type, aliases: aliases)
    case .function(let info): return CommandHelp(function: info, aliases: aliases)
    case .alias, .application: return nil
    }
  }

  /// The HelpInfoShort object listed for each command a wildcard matches.
  private func summary(_ entry: CommandInfoObjects.Entry, _ interpreter: Interpreter) -> Value {
    let object = PSObject(typeNames: ["HelpInfoShort", "System.Object"])
    object.set("Name", .string(entry.name))
    object.set("Category", .string(entry.commandType.name))
    object.set("Module", .string(CommandInfoObjects.source(entry, interpreter).module))
    var synopsis = ""
    if case .cmdlet(let type) = entry { synopsis = type.declaration.synopsis }
    if case .alias(_, let target) = entry { synopsis = target }
    object.set("Synopsis", .string(synopsis))
    return .object(object)
  }

  /// The HelpInfoShort object listed for an about_ topic.
  private static func summary(_ topic: HelpTopic) -> Value {
    let object = PSObject(typeNames: ["HelpInfoShort", "System.Object"])
    object.set("Name", .string(topic.name))
    object.set("Category", .string("HelpFile"))
    object.set("Module", .string(""))
    object.set("Synopsis", .string(topic.synopsis))
    return .object(object)
  }

  private func notFound(_ name: String, _ context: CommandContext) -> ErrorRecord {
    CmdletErrors.record(
      context, "HelpNotFound",
      "Get-Help could not find \(name) in a help file in this session. To download updated "
        + "help topics type: \"Update-Help\". To get help online, search for the help topic in "
        + "the TechNet library at https://go.microsoft.com/fwlink/?LinkID=107116.",
      category: .resourceUnavailable, target: .string(name),
      exceptionType: "Microsoft.PowerShell.Commands.HelpNotFoundException")
  }

  /// What `Get-Help` alone prints: how to use the help system.
  static let overview = [
    "",
    "TOPIC",
    "    PowerShell Help System",
    "",
    "SHORT DESCRIPTION",
    "    Displays help about PowerShell cmdlets and concepts.",
    "",
    "LONG DESCRIPTION",
    "    Get-Help <command-name>                 Shows the help page of a command.",
    "    Get-Help <command-name> -Examples       Shows its examples.",
    "    Get-Help <command-name> -Full           Shows the whole page.",
    "    Get-Help <command-name> -Parameter <p>  Describes one parameter.",
    "    Get-Command                             Lists every command of the session.",
    "",
  ]
}
