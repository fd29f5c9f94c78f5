import IdentityEngine

/// The one line the interactive shell prints on standard error after the sync scheduler ran a
/// cycle between entries: which cycle ran and how it ended.
///
/// The real service runs its cycles unseen and leaves them in run history; the lab runs them
/// at the prompt, where a pause with no word would be a surprise, so it says what happened.
enum ScheduledCycleReport {
  /// A cycle that ran to its end: its steps, and each step that did not end in success with
  /// the objects whose export or synchronization failed (error type and DN).
  static func ran(policy: String, _ outcome: CycleOutcome) -> String {
    let steps = outcome.results.count
    let unusual = outcome.results.filter { $0.result != "success" }.map {
      "\($0.runProfileName) on \($0.connectorName): \($0.result)" + errors($0.errors)
    }
    let summary =
      unusual.isEmpty
      ? "\(steps) run steps, all success" : "\(steps) run steps; " + unusual.joined(separator: "; ")
    return "The sync scheduler ran a \(policy) cycle: \(summary).\n"
  }

  /// ` (2 object errors: object-already-exists on CN=..., ...)`, or nothing.
  static func errors(_ errors: [SyncObjectError]) -> String {
    guard !errors.isEmpty else { return "" }
    let shown = errors.prefix(3).map { "\($0.errorType) on \($0.distinguishedName)" }
    let more = errors.count > 3 ? ", ..." : ""
    let noun = errors.count == 1 ? "object error" : "object errors"
    return " (\(errors.count) \(noun): " + shown.joined(separator: ", ") + more
      + "; Get-ADSyncObjectError lists them)"
  }

  /// A cycle that ended early: stopped with Ctrl-C, or failed.
  static func failed(policy: String, _ error: Error) -> String {
    if case LabError.stopped = error {
      return "The sync scheduler's \(policy) cycle was stopped: the run step that was running "
        + "was rolled back and recorded as \(SyncService.stoppedByUserResult).\n"
    }
    return "The sync scheduler's \(policy) cycle failed: \(text(of: error))\n"
  }

  /// The scheduler's settings could not be read, so no cycle ran.
  static func unreadable(_ error: Error) -> String {
    "The sync scheduler could not read its settings: \(text(of: error))\n"
  }

  /// The sentence of a lab error; other engine errors by their case, which names the problem.
  private static func text(of error: Error) -> String {
    (error as? LabError)?.message ?? String(describing: error)
  }
}
