import Foundation
import ShellCmdlets
import ShellFormatting
import ShellSyntax

@testable import ShellCore

/// A new interpreter set up as the shell sets one up: formatted output and the built-in
/// cmdlets.
func makeInterpreter(host: ShellHost) -> Interpreter {
  let interpreter = Interpreter(host: host)
  ShellFormatting.register(in: interpreter)
  ShellCmdlets.register(in: interpreter)
  return interpreter
}

/// Runs PowerShell text in a fresh interpreter and returns what it printed.
///
/// Each run gets its own empty `$HOME`, so snippets that write files (examples of Out-File,
/// Set-Content) neither touch the user's home nor race each other when tests run in parallel.
func runShell(_ code: String, width: Int = 120) -> (output: String, errors: String) {
  let host = CapturingHost(width: width)
  let interpreter = makeInterpreter(host: host)
  let home = FileManager.default.temporaryDirectory
    .appendingPathComponent("adsh-test-\(UUID().uuidString)")
  try? FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: home) }
  interpreter.globalScope.set("HOME", .string(home.path))
  _ = interpreter.run(SourceText(code))
  return (host.output, host.errors)
}

/// The output lines of a snippet (errors must be empty for the caller to trust them).
func outputLines(_ code: String) -> [String] {
  let output = runShell(code).output
  var lines = output.components(separatedBy: "\n")
  if lines.last == "" { lines.removeLast() }
  return lines
}
