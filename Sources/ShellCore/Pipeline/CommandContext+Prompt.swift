import Foundation

/// Reading a line from the user, for Read-Host and Get-Credential.
///
/// As with confirmation, a prompt needs the standard host and a terminal on standard input;
/// without one, or under `-NonInteractive`, it fails as `pwsh -NonInteractive` does.
extension CommandContext {
  /// Fails with pwsh's NonInteractive error unless the user can be asked.
  public func requireInteractiveHost() throws {
    guard !interpreter.isNonInteractive, interpreter.host is StandardHost,
      isatty(STDIN_FILENO) != 0
    else {
      throw terminatingError(
        "InvalidOperation",
        "PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.",
        exceptionType: "System.Management.Automation.PSInvalidOperationException")
    }
  }

  /// Shows `prompt` and reads one line; with `hidden` the terminal does not echo what is typed.
  ///
  /// Nil when standard input ends; Ctrl-C stops the pipeline (`ControlFlow.pipelineStopped`).
  public func readLineFromUser(prompt: String, hidden: Bool = false) throws -> String? {
    try requireInteractiveHost()
    interpreter.host.writeOutput(prompt)
    let console = interpreter.host as? StandardHost
    console?.flush()
    console?.prepareForInput()
    let reader = TerminalLineReader(interpreter: interpreter)
    guard hidden else {
      let line = try reader.readLine()
      console?.noteInput(line ?? "")
      return line
    }
    var saved = termios()
    let canHide = tcgetattr(STDIN_FILENO, &saved) == 0
    if canHide {
      var quiet = saved
      quiet.c_lflag &= ~tcflag_t(ECHO)
      tcsetattr(STDIN_FILENO, TCSANOW, &quiet)
    }
    defer {
      if canHide {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved)
        // The Enter key was not echoed either.
        interpreter.host.writeOutput("\n")
      }
    }
    return try reader.readLine()
  }
}
