import Foundation
import ShellSyntax

/// Asks on the terminal for the mandatory parameters a command line left out, as pwsh's
/// console host does, before the command runs.
///
/// The dialogue is the host's Prompt: a blank line, the caption `cmdlet NAME at command
/// pipeline position N`, `Supply values for the following parameters:`, `(Type !? for Help.)`
/// when a parameter has a help message, then `Name: ` per parameter. An array parameter asks
/// `Name[0]: `, `Name[1]: `, … until an empty line. `!?` prints the parameter's help message
/// (or `No help is available for Name.`) and asks again, `!!text` stands for `!text`, `!""` is
/// an empty string, and any other `!` command is reported and asked again. Without a terminal,
/// under -NonInteractive, or when input ends, nothing is asked and the binder reports
/// MissingMandatoryParameter as pwsh does when the host cannot prompt. Only a command without
/// pipeline input is asked (the first of its pipeline); a later one's missing parameters are
/// reported as errors, since input may still fill them.
struct MandatoryParameterPrompt {
  let interpreter: Interpreter
  /// The command's name as the caption shows it.
  let commandName: String
  /// The command's place in its pipeline, counted from 1; pwsh's caption says "cmdlet" for
  /// functions too.
  let pipelinePosition: Int

  /// Whether a user can answer: the standard host, a terminal on standard input, and no
  /// -NonInteractive.
  var canAsk: Bool {
    !interpreter.isNonInteractive && interpreter.host is StandardHost && isatty(STDIN_FILENO) != 0
  }

  /// Binds what the user types for the mandatory parameters `bound` lacks, converting each
  /// answer as an argument typed on the command line would be; `bound` is left as it was when
  /// nothing can be asked.
  ///
  /// With `allowPipeline`, parameters that pipeline input can still fill are not asked for.
  func complete(
    _ bound: inout BoundParameters, _ binder: ParameterBinder, allowPipeline: Bool,
    range: SourceRange
  ) throws {
    let missing = binder.missingMandatory(bound, allowPipeline: allowPipeline)
    let parameters = missing.compactMap { name in binder.parameters.first { $0.name == name } }
    guard let answers = try ask(parameters) else { return }
    for parameter in parameters {
      guard let answer = answers[parameter.name] else { continue }
      bound[parameter.name] = try binder.convert(answer, for: parameter, range: range)
    }
  }

  /// The typed values (text, or an array of text for an array parameter) by parameter name;
  /// nil when nothing can be asked or input ended before every parameter had a value.
  ///
  /// Ctrl-C stops the pipeline (`ControlFlow.pipelineStopped`), as at pwsh's prompt.
  func ask(_ parameters: [ParameterDeclaration]) throws -> [String: Value]? {
    guard canAsk, !parameters.isEmpty else { return nil }
    var lines = [
      "", "cmdlet \(commandName) at command pipeline position \(pipelinePosition)",
      "Supply values for the following parameters:",
    ]
    if parameters.contains(where: { !$0.help.isEmpty }) { lines.append("(Type !? for Help.)") }
    write(lines.joined(separator: "\n") + "\n")
    var answers: [String: Value] = [:]
    for parameter in parameters {
      if Self.isArray(parameter.type) {
        var items: [Value] = []
        while true {
          guard let text = try read("\(parameter.name)[\(items.count)]: ", parameter) else {
            return nil
          }
          guard let text, !text.isEmpty else { break }
          items.append(.string(text))
        }
        answers[parameter.name] = .array(items)
      } else {
        guard let text = try read("\(parameter.name): ", parameter) else { return nil }
        answers[parameter.name] = text.map(Value.string) ?? .null
      }
    }
    return answers
  }

  /// One answer: the text typed, `.some(nil)` for `!$null`, or nil when input ended.
  ///
  /// The `!` commands are answered here and the question is asked again.
  private func read(_ prompt: String, _ parameter: ParameterDeclaration) throws -> String?? {
    while true {
      write(prompt)
      guard let line = try TerminalLineReader(interpreter: interpreter).readLine() else {
        return nil
      }
      guard line.hasPrefix("!") else { return .some(line) }
      let command = line.dropFirst()
      if command.hasPrefix("!") { return .some(String(command)) }
      if command == "\"\"" { return .some("") }
      if command.lowercased() == "$null" { return .some(nil) }
      if command == "?" {
        write(
          (parameter.help.isEmpty ? "No help is available for \(parameter.name)." : parameter.help)
            + "\n")
      } else {
        write("\"\(line)\" cannot be recognized as a valid Prompt command.\n")
      }
    }
  }

  private func write(_ text: String) {
    interpreter.host.writeOutput(text)
    (interpreter.host as? StandardHost)?.flush()
  }

  private static func isArray(_ type: ParameterType) -> Bool {
    switch type {
    case .stringArray, .anyArray, .intArray, .scriptBlockArray: return true
    case .typed(let type): return type.fullName.hasSuffix("[]")
    default: return false
    }
  }
}
