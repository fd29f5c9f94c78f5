import ShellSyntax

@testable import ShellRuntime

/// Runs PowerShell text in a fresh interpreter and returns what it printed.
func runShell(_ code: String, width: Int = 120) -> (output: String, errors: String) {
  let host = CapturingHost(width: width)
  let interpreter = Interpreter(host: host)
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
