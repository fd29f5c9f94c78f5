import Foundation
import ShellSyntax

/// `$PSDefaultParameterValues`: values for parameters a command line left unbound, by keys
/// `CommandName:ParameterName` whose command part may hold wildcards (`*:Verbose`,
/// `*-AD*:Server`).
///
/// A value that is a script block is run for each call, with `$args[0]` describing the call,
/// and its result is the value. The key `Disabled` set to a true value turns every default
/// off. A key without a colon is not a default; a default that does not fit the command (an
/// unknown parameter, a value that does not convert, a parameter of a set the command line
/// ruled out) is left out, as pwsh's binder leaves it out.
struct DefaultParameterValues {
  let interpreter: Interpreter
  let scope: Scope

  /// Adds the defaults that apply to `commandName` to `bound`, then picks the parameter set
  /// again.
  func apply(
    commandName: String, binder: ParameterBinder, to bound: inout BoundParameters,
    range: SourceRange
  ) throws {
    guard let variable = scope.lookup("psdefaultparametervalues"),
      case .hashtable(let table) = variable.value.unwrapped, table.count > 0
    else { return }
    if let disabled = table[.string("Disabled")], disabled.isTruthy { return }
    let commandLine = bound
    var added: [String: Value] = [:]
    for key in table.keys {
      guard let (command, parameterName) = Self.split(key.toText()),
        Operators.wildcardMatch(commandName, pattern: command),
        let parameter = binder.parameters.first(where: { $0.answers(to: parameterName) }),
        !bound.contains(parameter.name), added[parameter.name] == nil,
        binder.activeSets(bound).map({ open in
          parameter.sets.isEmpty || parameter.sets.contains { open.contains($0.lowercased()) }
        }) ?? true,
        let raw = table[key]
      else { continue }
      var value = raw
      if case .scriptBlock(let block) = raw.unwrapped {
        value = try evaluate(block, commandLine: commandLine, defaults: added)
      }
      // A default that does not convert is skipped, as pwsh's binder skips it.
      guard let converted = try? binder.convert(value, for: parameter, range: range)  // skipped
      else { continue }
      added[parameter.name] = converted
      bound[parameter.name] = converted
    }
    if !added.isEmpty { bound.parameterSetName = try binder.resolveSet(bound, range: range) }
  }

  /// `CommandName:ParameterName` split at its last colon, both parts trimmed and non-empty.
  static func split(_ key: String) -> (String, String)? {
    guard let colon = key.lastIndex(of: ":") else { return nil }
    let command = key[..<colon].trimmingCharacters(in: .whitespaces)
    let parameter = key[key.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    guard !command.isEmpty, !parameter.isEmpty else { return nil }
    return (command, parameter)
  }

  /// Runs a default's script block; `$args[0]` holds the parameters the command line bound
  /// and the defaults bound so far.
  private func evaluate(
    _ block: ScriptBlock, commandLine: BoundParameters, defaults: [String: Value]
  ) throws -> Value {
    let context = PSObject()
    context.set("BoundParameters", .hashtable(Self.table(commandLine.values)))
    context.set("BoundDefaultParameters", .hashtable(Self.table(defaults)))
    let sink = CollectingSink()
    try interpreter.invokeScriptBlock(
      block, scope: scope, arguments: [.object(context)], input: nil, output: sink)
    return sink.result
  }

  private static func table(_ values: [String: Value]) -> PSHashtable {
    let table = PSHashtable()
    for (name, value) in values.sorted(by: { $0.key < $1.key }) { table[.string(name)] = value }
    return table
  }
}
