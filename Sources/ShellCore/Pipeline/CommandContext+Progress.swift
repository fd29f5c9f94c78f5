import Foundation

/// One progress report, as Write-Progress takes it (a ProgressRecord).
public struct ProgressRecord: Sendable, Equatable {
  public var activity: String
  public var status: String?
  /// From 0 to 100; nil or negative draws no bar.
  public var percentComplete: Int?
  public var currentOperation: String?
  /// Removes the progress line instead of drawing it.
  public var isCompleted: Bool

  public init(
    activity: String, status: String? = nil, percentComplete: Int? = nil,
    currentOperation: String? = nil, isCompleted: Bool = false
  ) {
    self.activity = activity
    self.status = status
    self.percentComplete = percentComplete
    self.currentOperation = currentOperation
    self.isCompleted = isCompleted
  }

  /// The one line drawn for the record: activity, status, a 20-cell bar, the operation.
  var line: String {
    var line = activity
    if let status { line += " " + status }
    if let percent = percentComplete, percent >= 0 {
      let done = min(percent, 100) / 5
      line +=
        " [" + String(repeating: "=", count: done) + String(repeating: " ", count: 20 - done)
        + "] \(min(percent, 100))%"
    }
    if let currentOperation { line += " " + currentOperation }
    return line
  }
}

/// The progress stream: one line redrawn in place on standard error while it is a terminal.
///
/// PowerShell draws progress on the console host only, never into redirected output, and
/// `$ProgressPreference = 'SilentlyContinue'` hides it; so does this.
extension CommandContext {
  /// True when progress would be shown: the standard host, standard error a terminal, and
  /// `$ProgressPreference` not SilentlyContinue or Ignore.
  public var showsProgress: Bool {
    guard interpreter.host is StandardHost, isatty(STDERR_FILENO) != 0 else { return false }
    let preference = scope.lookup("progresspreference")?.value.toText().lowercased() ?? ""
    return preference != "silentlycontinue" && preference != "ignore"
  }

  /// Draws (or with `isCompleted`, removes) the progress line; does nothing when progress is
  /// not shown (Write-Progress and long-running cmdlets share it).
  public func writeProgress(_ record: ProgressRecord) {
    guard showsProgress else { return }
    if record.isCompleted {
      fputs("\r\u{1B}[2K", stderr)
      return
    }
    fflush(stdout)
    fputs("\r\u{1B}[2K" + record.line, stderr)
  }
}
