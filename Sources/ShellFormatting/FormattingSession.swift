import ShellCore

/// One formatting session: objects in, lines out, as one Out-* command sees its input.
///
/// Raw objects go through a `FormatGenerator` (the view the first object picks holds until the
/// session ends); format records written by Format-Table and friends are drawn as they are.
/// When records arrive while the session's own view is open, that view is closed first, so
/// `$a; $b | Format-Table` draws two tables rather than PowerShell's "object is not valid or
/// not in the correct sequence" error.
public final class FormattingSession: OutputFormatter {
  private let interpreter: Interpreter
  private let scope: Scope
  private let outputter: FormatOutputter
  private var generator: FormatGenerator?

  init(
    interpreter: Interpreter, scope: Scope, settings: FormatOutputter.Settings,
    writeLine: @escaping (String) -> Void
  ) {
    self.interpreter = interpreter
    self.scope = scope
    self.outputter = FormatOutputter(settings: settings, writeLine: writeLine)
  }

  /// A session writing to the console or to a capture, with the width and colour rules of
  /// that destination.
  public convenience init(
    interpreter: Interpreter, scope: Scope, width: Int, destination: OutputDestination,
    writeLine: @escaping (String) -> Void
  ) {
    var settings = FormatOutputter.Settings(
      width: width,
      style: { [unowned interpreter] in
        OutputStyle.current(interpreter, destination: destination)
      })
    if !interpreter.host.isTerminal {
      // Off a terminal nobody watches rows arrive, and a table's widths must not depend on how
      // busy the machine was: rows are held until the cache fills or the group ends (pwsh's
      // 300 ms window would measure on whatever rows came before it closed).
      settings.cacheDuration = nil
    }
    if destination == .host {
      // The console's width is asked again for each view; a capture keeps the width it got.
      settings.currentWidth = { [unowned interpreter] in
        max(FormattingSession.consoleWidth(interpreter.host) - 1, 1)
      }
    }
    self.init(interpreter: interpreter, scope: scope, settings: settings, writeLine: writeLine)
  }

  /// How deep collections inside collections are unrolled; below that a collection is shown
  /// as its type name, so an array that holds itself prints instead of recursing forever.
  static let unrollDepth = 64

  /// Takes one pipeline object: a format record, a collection, or anything else.
  public func write(_ value: Value) throws {
    try write(value, depth: 0)
  }

  private func write(_ value: Value, depth: Int) throws {
    if case .array(let array) = value {
      guard depth < Self.unrollDepth else {
        try currentGenerator().process(.string(value.typeNameChain.first ?? "System.Object[]"))
        return
      }
      for item in array.items { try write(item, depth: depth + 1) }
      return
    }
    if let record = FormatRecord(value) {
      if let generator, generator.isActive { try generator.end() }
      outputter.process(record)
      return
    }
    try currentGenerator().process(value)
  }

  /// Ends the session: closes the open view and draws anything held.
  public func finish() throws {
    defer { outputter.finish() }
    try generator?.end()
    generator = nil
  }

  private func currentGenerator() -> FormatGenerator {
    if let generator, generator.isActive { return generator }
    var evaluator = ColumnEvaluator(interpreter: interpreter, scope: scope)
    evaluator.cells.enumerationLimit = FormattingSession.enumerationLimit(interpreter)
    let created = FormatGenerator(
      options: FormatGenerator.Options(), evaluator: evaluator,
      registry: interpreter.formatViews
    ) { [outputter] record in outputter.process(record) }
    generator = created
    return created
  }

  /// The console width output is fitted to when no -Width is given: the host's, or 120 (the
  /// width pwsh falls back to when the console reports none) under the SetConsoleWidthToZero
  /// test hook.
  public static func consoleWidth(_ host: ShellHost) -> Int {
    InternalTestHooks.isSet("SetConsoleWidthToZero") ? 120 : host.width
  }

  /// `$global:FormatEnumerationLimit` (4 when unset or not a number): pwsh reads the global
  /// variable only, so a function's or script's own variable of that name changes nothing.
  static func enumerationLimit(_ interpreter: Interpreter) -> Int {
    interpreter.globalScope.lookup("formatenumerationlimit")?.value.intValue ?? 4
  }
}
