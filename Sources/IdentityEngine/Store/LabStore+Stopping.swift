// Stopping a lab operation halfway: the shell gives the store a question to ask
// (`stopRequested`, Ctrl-C pressed?), and SQLite asks it through its progress handler every
// `progressInterval` virtual-machine steps. When the answer is yes the running statement fails
// with SQLITE_INTERRUPT, the transaction `write` opened rolls back, and the caller gets
// `LabError.stopped`: the lab is as it was before the operation began. Loops that work in
// memory between statements call `checkStop()` for the same answer. Recording that something
// was stopped (a run history row) happens in `whileRecordingStop`, which the question does not
// interrupt.

import Foundation
import GRDB
import GRDBSQLite

/// Whether the operation a store is running should stop now: the question it asks as it works.
final class StopQuestion: @unchecked Sendable {
  /// The shell's answer; nil never stops.
  var isRequested: (() -> Bool)?
  /// True while a stop is being recorded, which must not itself be stopped.
  var isRecording = false

  /// Whether the running operation should stop now.
  var shouldStop: Bool { !isRecording && isRequested?() == true }
}

extension LabStore {
  /// How many SQLite virtual-machine steps run between two looks at `stopRequested`: often
  /// enough to stop within milliseconds, rarely enough to cost nothing measurable.
  static let progressInterval: Int32 = 4096

  /// Asked while the lab works; when it answers true, the operation stops and rolls back.
  ///
  /// The shell answers with its Ctrl-C flag. Nil (the default) never stops.
  public var stopRequested: (() -> Bool)? {
    get { stopQuestion.isRequested }
    set { stopQuestion.isRequested = newValue }
  }

  /// Throws `LabError.stopped` when the operation should stop now.
  public func checkStop() throws {
    if stopQuestion.shouldStop { throw LabError.stopped(path: path) }
  }

  /// Runs `body` with stopping turned off, to record that an operation was stopped.
  public func whileRecordingStop<T>(_ body: () throws -> T) rethrows -> T {
    let wasRecording = stopQuestion.isRecording
    stopQuestion.isRecording = true
    defer { stopQuestion.isRecording = wasRecording }
    return try body()
  }

  /// Installs the progress handler on a new connection.
  static func installStopHandler(_ db: Database, asking question: StopQuestion) {
    let context = Unmanaged.passUnretained(question).toOpaque()
    sqlite3_progress_handler(db.sqliteConnection, progressInterval, askToStop, context)
  }
}

/// SQLite's progress handler: a non-zero answer interrupts the running statement.
private func askToStop(_ context: UnsafeMutableRawPointer?) -> Int32 {
  guard let context else { return 0 }
  return Unmanaged<StopQuestion>.fromOpaque(context).takeUnretainedValue().shouldStop ? 1 : 0
}
