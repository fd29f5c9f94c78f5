// Stopping a cycle: Ctrl-C in the shell that runs it, or Stop-ADSyncSyncCycle from another
// shell on the same lab. Either way the run step that was running stops, its transaction rolls
// back (nothing it imported, synchronized or exported stays), the run history records the
// step with the result the real server gives a run a user stopped,
// `stopped-user-termination-from-wmi-or-ui`, and the cycle's later steps do not run. The
// changes the step would have made stay pending and are picked up by the next cycle. (When the
// step had let writers of other shells in, the batches before that stay, and the override it
// set then makes the next cycle run the step in full: StepRestart.)
//
// A cycle in a lab file announces itself in a marker file beside the lab (`<lab>-cycle`, which
// holds the process id): other shells see SyncCycleInProgress, and Stop-ADSyncSyncCycle asks
// the cycle to stop by removing the marker, which the cycle looks for while it works. The
// marker is used rather than a row in the lab because the running step holds the lab's write
// lock, so another shell could not write a request until the step had ended.

import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension SyncService {
  /// The run history result of a run step that a user stopped.
  public static let stoppedByUserResult = "stopped-user-termination-from-wmi-or-ui"

  /// Runs one step's transaction; when it is stopped, records the step as stopped by the user
  /// and throws `LabError.stopped`.
  func recordingStop<T>(
    _ connector: SyncConnector, _ profile: RunProfile, _ start: Date, _ body: () throws -> T
  ) throws -> T {
    do {
      // A stop asked for between steps stops this one before it begins.
      runningMarker?.lookNow()
      try store.checkStop()
      return try body()
    } catch LabError.stopped(let path) {
      try store.whileRecordingStop {
        _ = try store.write { db in
          try Self.recordRun(
            db, connector, profile, Self.stoppedByUserResult, start, self.now(), [:])
        }
      }
      throw LabError.stopped(path: path)
    }
  }

  /// Runs a cycle's steps with its marker in place, stopping also when the marker is removed.
  func withCycleMarker<T>(_ body: () throws -> T) throws -> T {
    guard let marker = CycleMarker(labPath: store.path) else { return try body() }
    marker.create()
    runningMarker = marker
    defer {
      marker.remove()
      runningMarker = nil
    }
    let shellAsks = store.stopRequested
    store.stopRequested = { shellAsks?() == true || marker.isStopRequested }
    defer { store.stopRequested = shellAsks }
    return try body()
  }

  /// Asks the cycle running on this lab in another shell to stop (Stop-ADSyncSyncCycle).
  ///
  /// Returns false when no cycle is running; a marker left by a shell that has ended is
  /// removed then.
  @discardableResult
  public func requestCycleStop() -> Bool {
    guard let marker = CycleMarker(labPath: store.path) else { return false }
    let isRunning = marker.isHeldByLiveProcess
    marker.remove()
    return isRunning
  }

  /// The connector whose step a cycle in another shell runs now; nil when none runs.
  var connectorRunningElsewhere: String? {
    guard let marker = CycleMarker(labPath: store.path), marker.isHeldByLiveProcess,
      marker.holder != getpid()
    else { return nil }
    return marker.runningConnector
  }

  /// Whether another shell is running a cycle on this lab.
  var isCycleRunningElsewhere: Bool {
    guard let marker = CycleMarker(labPath: store.path) else { return false }
    return marker.isHeldByLiveProcess && marker.holder != getpid()
  }
}

/// The file beside a lab that says a cycle is running on it, and in which process.
final class CycleMarker {
  let path: String
  /// When the file was last looked for, in seconds of the monotonic clock.
  private var lastLook: Double = 0
  private var wasRemoved = false
  /// How often a running cycle looks for its marker.
  static let lookInterval = 0.05

  /// The marker of the lab at `labPath`; nil for a lab in memory, which no other shell sees.
  init?(labPath: String) {
    guard labPath != ":memory:", !labPath.isEmpty else { return nil }
    path = labPath + "-cycle"
  }

  /// Writes the marker with this process's id.
  ///
  /// A lab directory that refuses the file leaves the cycle without a marker: it still runs,
  /// and only Stop-ADSyncSyncCycle from another shell cannot reach it.
  func create() {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard descriptor >= 0 else {
      lastLook = .infinity  // there is no marker to look for
      return
    }
    let text = Array("\(getpid())\n".utf8)
    _ = text.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    close(descriptor)
  }

  /// Removes the marker; one already gone is fine.
  func remove() { unlink(path) }

  /// Writes the name of the connector whose step runs now below the process id, for
  /// Get-ADSyncConnectorRunStatus in other shells.
  ///
  /// A marker already removed (Stop-ADSyncSyncCycle) is not written again: its absence is the
  /// request to stop.
  func announce(connector: String) {
    let descriptor = open(path, O_WRONLY | O_TRUNC)
    guard descriptor >= 0 else { return }
    let text = Array("\(getpid())\n\(connector)\n".utf8)
    _ = text.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    close(descriptor)
  }

  /// The marker's lines: the process id, then the running step's connector when known.
  private var lines: [String] {
    guard let data = FileManager.default.contents(atPath: path) else { return [] }
    return String(decoding: data, as: UTF8.self).split(separator: "\n").map {
      $0.trimmingCharacters(in: .whitespaces)
    }
  }

  /// The process id in the marker, nil when there is none.
  var holder: pid_t? { lines.first.flatMap { pid_t($0) } }

  /// The connector whose step the cycle runs now, nil before its first step.
  var runningConnector: String? {
    let lines = self.lines
    return lines.count > 1 && !lines[1].isEmpty ? lines[1] : nil
  }

  /// Whether the marker names a process that is still running.
  var isHeldByLiveProcess: Bool {
    guard let holder else { return false }
    return kill(holder, 0) == 0 || errno == EPERM
  }

  /// Makes the next `isStopRequested` look for the file, however recently it looked.
  func lookNow() { lastLook = min(lastLook, 0) }

  /// True once the marker was removed by another shell; looks at most every `lookInterval`.
  var isStopRequested: Bool {
    if wasRemoved { return true }
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    let seconds = Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    guard seconds - lastLook >= Self.lookInterval else { return false }
    lastLook = seconds
    wasRemoved = access(path, F_OK) != 0
    return wasRemoved
  }
}
