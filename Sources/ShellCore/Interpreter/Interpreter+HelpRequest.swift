import ShellSyntax

/// `Command -?`: the command's help page instead of running it.
///
/// pwsh's command processor checks for `-?` before binding (IsHelpRequested) and runs
/// `Get-Help -Name <command>` in its place, so no parameter is bound and no mandatory
/// parameter is asked for. A `-?` after `--`, or as a quoted argument, is an argument as
/// written; a program gets `-?` as its argument.
extension Interpreter {
  func helpRequestProcessor(
    _ command: CommandAst, _ resolved: ResolvedCommand, _ scope: Scope, output: OutputSink
  ) -> CommandProcessor? {
    let commandName: String
    switch resolved {
    case .cmdlet(let type): commandName = type.declaration.name
    case .function(let function): commandName = function.name
    case .scriptFile(let path): commandName = path
    case .application: return nil
    }
    var isRequested = false
    for element in command.elements {
      if case .endOfParameters = element { break }
      if case .parameter(let name, nil, _) = element, name == "?" { isRequested = true }
    }
    guard isRequested, let help = cmdlets["get-help"] else { return nil }
    let context = CommandContext(
      interpreter: self, commandName: help.declaration.name, scope: scope,
      invocationRange: command.range, output: output)
    context.errorIdSource = help.declaration.errorIdSource
    return CmdletProcessor(
      type: help,
      arguments: [
        .parameter(name: "Name", value: nil, range: command.name.range),
        .value(.string(commandName), range: command.name.range),
      ], context: context)
  }
}
