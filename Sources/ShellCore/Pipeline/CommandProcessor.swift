/// One stage of a running pipeline.
///
/// Objects written by the stage before it arrive through `write`, which processes them at once: the
/// pipeline streams.
class CommandProcessor: OutputSink {
  /// Runs before any input.
  func begin() throws {}
  /// Handles one input object.
  func process(_ input: Value) throws {}
  /// Runs the stage once without input, when it is the first in its pipeline.
  func processWithoutInput() throws {}
  /// Runs after the last input.
  func end() throws {}
  /// True when the stage wrote an error, which makes `$?` false.
  var hadError: Bool { false }
  /// Runs once the pipeline is over, however it ended (a downstream stop, an error, Ctrl-C),
  /// to release what the stage still holds: a program that is still running.
  func dispose() {}

  func write(_ value: Value) throws { try process(value) }
}

extension CommandProcessor {
  /// Runs the command alone over a whole list of input (or without input): begin, each item,
  /// end, then its clean-up.
  func runToEnd(input: [Value]?) throws {
    defer { dispose() }
    try begin()
    if let input {
      for item in input { try process(item) }
    } else {
      try processWithoutInput()
    }
    try end()
  }
}
