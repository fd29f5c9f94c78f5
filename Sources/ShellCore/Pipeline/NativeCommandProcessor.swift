import Foundation
import ShellSyntax

/// Runs a program (pwsh's application command) as one stage of a pipeline.
///
/// Where its streams go follows pwsh's NativeCommandProcessor on Linux:
/// - standard output is inherited when the program is the last command of a pipeline that
///   ends in Out-Default, so that `vim`, `less` and `top` get the terminal; anywhere else
///   (`$x = ls`, `ls | sort`, `ls > file`) it is a pipe, read as lines of text that go down
///   the pipeline one string each, as they arrive;
/// - standard input is a pipe when a command before it feeds it, which receives each input
///   object's text and a line break, and is inherited otherwise;
/// - standard error is inherited unless a `2>` redirection is in force, which turns each line
///   into an error record, as pwsh 7.3 does, that the redirection sends on (`2>&1`), drops
///   (`2>$null`) or writes to its file. These records bypass `$Error` and
///   `$ErrorActionPreference`, as pwsh 7.2's PSNotApplyErrorActionToStderr made them.
///
/// Everything runs on the interpreter's thread: one `poll` loop writes the input while it
/// reads both outputs, so a program that writes before it has read all its input never
/// deadlocks with the shell.
final class NativeCommandProcessor: CommandProcessor {
  let interpreter: Interpreter
  /// The program's full path.
  let path: String
  /// argv after argv[0].
  let arguments: [String]
  let scope: Scope
  let output: OutputSink
  let invocationRange: SourceRange
  /// True when a command before this one feeds it input.
  let expectsInput: Bool
  /// True for `2>&1` on this command: its error lines join its own output, which goes to the
  /// next command (the pipeline-wide redirection would skip the commands after it).
  let mergesErrors: Bool
  private var child: ChildProcess?
  private var errorRedirect: StreamRedirect?
  private var pendingInput: [UInt8] = []
  private var outputLines = LineSplitter()
  private var errorLines = LineSplitter()
  private var errorLineCount = 0
  private var readBuffer = [UInt8](repeating: 0, count: 65536)
  /// The exit code once the program ended by itself.
  private var exitCode: Int32?
  /// When `process` last looked for output (monotonic nanoseconds).
  private var lastOutputCheck: UInt64 = 0

  init(
    interpreter: Interpreter, path: String, arguments: [String], scope: Scope,
    output: OutputSink, invocationRange: SourceRange, expectsInput: Bool, mergesErrors: Bool
  ) {
    self.interpreter = interpreter
    self.path = path
    self.arguments = arguments
    self.scope = scope
    self.output = output
    self.invocationRange = invocationRange
    self.expectsInput = expectsInput
    self.mergesErrors = mergesErrors
  }

  /// The command's name: the program's file name (pwsh's ApplicationInfo.Name).
  var name: String { (path as NSString).lastPathComponent }

  /// A non-zero exit code makes `$?` false, as in pwsh.
  override var hadError: Bool { (exitCode ?? 0) != 0 }

  override func begin() throws {
    errorRedirect = mergesErrors ? .output(output) : interpreter.streamRouting.error
    var isMerged = false
    if case .output = errorRedirect { isMerged = true }
    // With `2>&1` both streams are read, so that their lines keep the order they came in.
    let inheritsOutput = !isMerged && writesToConsole
    if inheritsOutput {
      interpreter.flushOutput()
      // The program writes to the terminal itself: the progress pane must not be under it.
      (interpreter.host as? StandardHost)?.hideProgress()
    } else {
      (interpreter.host as? StandardHost)?.flush()
    }
    do {
      child = try ChildProcess.spawn(
        path: path, arguments: arguments, directory: interpreter.location,
        input: expectsInput ? .pipe : .inherit, output: inheritsOutput ? .inherit : .pipe,
        errors: errorRedirect == nil ? .inherit : .pipe,
        terminal: inheritsOutput && interpreter.lendsTerminal
          ? TerminalLease.ofStandardInput() : nil)
    } catch let failure as ChildProcess.SpawnFailure {
      throw RuntimeError(startFailure(failure))
    }
  }

  override func process(_ input: Value) throws {
    guard let child, child.input != nil else { return }
    pendingInput += Array((input.toText() + "\n").utf8)
    while !pendingInput.isEmpty, child.input != nil {
      writePendingInput()
      if pendingInput.isEmpty { break }
      try pump(waiting: true)
    }
    // Pass on what the program has written so far, so that output streams as input flows (as
    // pwsh drains a native command's output after each input object); at most once a
    // millisecond, which spares a system call per object when input comes fast.
    let now = DispatchTime.now().uptimeNanoseconds
    if now &- lastOutputCheck >= 1_000_000 {
      lastOutputCheck = now
      try pump(waiting: false)
    }
    if child.input == nil {
      // The program closed its input (`head -1`): the commands before it may stop.
      throw ControlFlow.stopUpstream(ObjectIdentifier(self))
    }
  }

  override func end() throws {
    guard let child else { return }
    child.closeInput()
    pendingInput = []
    while child.output != nil || child.errors != nil {
      try pump(waiting: true)
    }
    let exit = child.waitForExit()
    self.child = nil
    try finish(exit.code, processID: child.pid)
    // A program that held the terminal got Ctrl-C alone; one that it ended stops the
    // pipeline, as the shell's own Ctrl-C would have (bash does the same).
    if child.holdsTerminal, exit.signal == SIGINT { interpreter.isCancelled = true }
    // Ctrl-C reached the program too; once it has ended, the pipeline stops as well.
    try interpreter.checkCancelled()
  }

  /// A stage that did not reach its end (the pipeline stopped, a command failed) ends its
  /// program and reaps it.
  override func dispose() {
    child?.terminate()
    child = nil
  }

  /// True when the program's output would go to the console: it is last in a pipeline whose
  /// output is Out-Default (pwsh's IsDownstreamOutDefault), and the host is the process's own
  /// standard output (an embedded interpreter's host captures it instead).
  private var writesToConsole: Bool {
    guard interpreter.host is StandardHost else { return false }
    if output === interpreter.outDefault { return true }
    if let next = output as? CmdletProcessor { return next.declaration.name == "Out-Default" }
    return false
  }

  /// Writes what the input pipe takes now.
  private func writePendingInput() {
    guard let child else { return }
    switch child.writeInput(pendingInput[...]) {
    case .wrote(let count):
      pendingInput.removeFirst(count)
    case .closed:
      pendingInput = []
      child.closeInput()
    }
  }

  /// Waits (or, with `waiting` false, only looks) for the pipes to be ready, then moves data:
  /// input into the program, its output lines down the pipeline, its error lines to the
  /// redirection.
  private func pump(waiting: Bool) throws {
    guard let child else { return }
    var descriptors: [pollfd] = []
    if let input = child.input, !pendingInput.isEmpty {
      descriptors.append(pollfd(fd: input, events: Int16(POLLOUT), revents: 0))
    }
    if let output = child.output {
      descriptors.append(pollfd(fd: output, events: Int16(POLLIN), revents: 0))
    }
    if let errors = child.errors {
      descriptors.append(pollfd(fd: errors, events: Int16(POLLIN), revents: 0))
    }
    guard !descriptors.isEmpty else { return }
    // A program holding the terminal may stop (Ctrl-Z) while the shell feeds it or reads its
    // errors: the wait wakes now and then to continue it.
    let timeout: Int32 = waiting ? (child.holdsTerminal ? 250 : -1) : 0
    let ready = poll(&descriptors, nfds_t(descriptors.count), timeout)
    if ready == 0 { child.resumeIfStopped() }
    if ready < 0 {
      // A signal (Ctrl-C at the REPL) interrupted the wait: stop if it was Ctrl-C, else retry.
      // Any other failure (no memory for the descriptor set) would recur: the pipes are
      // closed, which ends the exchange, and the program is reaped as it ends.
      if errno != EINTR { child.closeAll() }
      try interpreter.checkCancelled()
      return
    }
    for descriptor in descriptors where descriptor.revents != 0 {
      if descriptor.fd == child.input {
        writePendingInput()
      } else if descriptor.fd == child.output {
        try readOutput(from: descriptor.fd)
      } else if descriptor.fd == child.errors {
        try readErrors(from: descriptor.fd)
      }
    }
  }

  /// Reads what the output pipe holds; each complete line goes down the pipeline.
  private func readOutput(from descriptor: Int32) throws {
    guard let bytes = readSome(descriptor) else {
      child?.closeOutput()
      if let last = outputLines.finish() { try output.write(.string(last)) }
      return
    }
    for line in outputLines.append(bytes) { try output.write(.string(line)) }
  }

  /// Reads what the error pipe holds; each complete line goes to the redirection.
  private func readErrors(from descriptor: Int32) throws {
    guard let bytes = readSome(descriptor) else {
      child?.closeErrors()
      if let last = errorLines.finish() { try writeErrorLine(last) }
      return
    }
    for line in errorLines.append(bytes) { try writeErrorLine(line) }
  }

  /// The bytes one `read` returns, or nil at the end of the stream (or a read error, which
  /// ends it too).
  private func readSome(_ descriptor: Int32) -> ArraySlice<UInt8>? {
    while true {
      let count = readBuffer.withUnsafeMutableBytes {
        read(descriptor, $0.baseAddress, $0.count)
      }
      if count > 0 { return readBuffer[0..<count] }
      if count < 0, errno == EINTR { continue }
      return nil
    }
  }

  /// One line of standard error as the error record pwsh makes of it.
  private func writeErrorLine(_ line: String) throws {
    errorLineCount += 1
    switch errorRedirect {
    case .discard, nil:
      return
    case .file(let file):
      file.writeLine(line)
    case .output(let sink):
      // pwsh names the first line's record NativeCommandError and the rest
      // NativeCommandErrorMessage; ConciseView shows either as the line alone.
      let record = ErrorRecord(
        message: line, exceptionType: "System.Management.Automation.RemoteException",
        errorId: errorLineCount == 1 ? "NativeCommandError" : "NativeCommandErrorMessage",
        category: .notSpecified, targetObject: .string(line), commandName: name,
        range: invocationRange)
      try sink.write(interpreter.errorValue(record))
    }
  }

  /// Sets `$LASTEXITCODE`, and reports a non-zero exit code as an error when
  /// `$PSNativeCommandUseErrorActionPreference` is true (pwsh 7.4).
  private func finish(_ code: Int32, processID: pid_t) throws {
    exitCode = code
    interpreter.globalScope.set("LASTEXITCODE", .int(code))
    guard code != 0,
      scope.lookup("psnativecommanduseerroractionpreference")?.value.isTruthy ?? false
    else { return }
    let record = ErrorRecord(
      message: "Program \"\(name)\" ended with non-zero exit code: \(code).",
      exceptionType: "System.Management.Automation.NativeCommandExitException",
      errorId: "ProgramExitedWithNonZeroCode", category: .notSpecified,
      targetObject: .string(path), commandName: name, range: invocationRange)
    record.exceptionProperties = [
      ("Path", .string(path)), ("ExitCode", .int(code)), ("ProcessId", .int(processID)),
    ]
    try interpreter.reportNonTerminating(
      record, action: interpreter.errorActionPreference(in: scope), scope: scope)
  }

  /// pwsh's error for a program that could not start (NativeCommandFailed): the .NET message
  /// of the failed start, with the system's reason (`Permission denied`).
  private func startFailure(_ failure: ChildProcess.SpawnFailure) -> ErrorRecord {
    ErrorRecord(
      message: "Program '\(name)' failed to run: An error occurred trying to start process "
        + "'\(path)' with working directory '\(interpreter.location)'. \(failure.message)",
      exceptionType: "System.Management.Automation.ApplicationFailedException",
      errorId: "NativeCommandFailed", category: .resourceUnavailable,
      targetObject: .string(path), commandName: name, range: invocationRange)
  }
}
