/// Where each stream besides output goes while a command runs under redirections.
///
/// A pipeline stage with `2>`, `3>&1`, `*> file` or `n>$null` runs with its own routing: the
/// routing in force when the pipeline started, overlaid with the stage's redirections. Commands
/// the stage runs (a function's body, a script block) inherit it, so a redirection applies to
/// everything the stage writes, however deep (about_Redirection). A stream without an entry is
/// shown on the host.
struct StreamRouting {
  var error: StreamRedirect?
  private var others: [Interpreter.InformationStream: StreamRedirect] = [:]

  /// The redirect of a warning, verbose, debug or information record; nil shows it.
  subscript(_ stream: Interpreter.InformationStream) -> StreamRedirect? {
    get { others[stream] }
    set { others[stream] = newValue }
  }
}

/// A pipeline stage run under its own redirections: the interpreter's routing is the stage's
/// while its begin, process and end blocks run, and the enclosing one again afterwards.
final class RedirectedProcessor: CommandProcessor {
  let inner: CommandProcessor
  let routing: StreamRouting
  unowned let interpreter: Interpreter

  init(_ inner: CommandProcessor, routing: StreamRouting, interpreter: Interpreter) {
    self.inner = inner
    self.routing = routing
    self.interpreter = interpreter
  }

  override func begin() throws { try routed { try inner.begin() } }
  override func process(_ input: Value) throws { try routed { try inner.process(input) } }
  override func processWithoutInput() throws { try routed { try inner.processWithoutInput() } }
  override func end() throws { try routed { try inner.end() } }
  override var hadError: Bool { inner.hadError }
  override func dispose() { routed { inner.dispose() } }

  private func routed(_ body: () throws -> Void) rethrows {
    let saved = interpreter.streamRouting
    interpreter.streamRouting = routing
    defer { interpreter.streamRouting = saved }
    try body()
  }
}

/// The output of a redirected stage: the stages after it run under the routing that was in
/// force before the pipeline, not under the redirections of the stage that feeds them.
final class RoutingBoundarySink: OutputSink {
  let next: OutputSink
  let routing: StreamRouting
  unowned let interpreter: Interpreter

  init(next: OutputSink, routing: StreamRouting, interpreter: Interpreter) {
    self.next = next
    self.routing = routing
    self.interpreter = interpreter
  }

  func write(_ value: Value) throws {
    let saved = interpreter.streamRouting
    interpreter.streamRouting = routing
    defer { interpreter.streamRouting = saved }
    try next.write(value)
  }
}
