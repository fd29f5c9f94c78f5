/// Holds what an upstream command writes from its `begin` block until the command it feeds
/// has begun too, as pwsh delivers begin output: commands begin in pipeline order, so the
/// receiver is not ready yet when the first one writes.
final class BeginGate: OutputSink {
  let target: CommandProcessor
  private var pending: [Value]? = []

  init(_ target: CommandProcessor) { self.target = target }

  func write(_ value: Value) throws {
    if pending != nil {
      pending?.append(value)
    } else {
      try target.write(value)
    }
  }

  /// Called once the target has begun: delivers what waited, then lets items straight through.
  func open() throws {
    let waiting = pending ?? []
    pending = nil
    for value in waiting { try target.write(value) }
  }
}
