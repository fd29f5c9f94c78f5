import Foundation

/// Where the shell's text ends up: the console's output and error streams.
public protocol ShellHost: AnyObject {
  /// Writes formatted output text (already including line breaks).
  func writeOutput(_ text: String)
  /// Writes error text (ConciseView records), which goes to standard error.
  func writeError(_ text: String)
  /// The width that tables and error views wrap to.
  var width: Int { get }
  /// True when ANSI styling may be written to the output.
  var supportsColor: Bool { get }
  /// The transcripts the host copies what it shows into; nil when it cannot transcribe.
  var transcription: Transcription? { get }
  /// The exit code `$Host.SetShouldExit` asked for: the shell exits with it once the running
  /// input ends.
  var shouldExitCode: Int32? { get }
  func setShouldExit(_ code: Int32)
  /// True when someone watches the output as it comes (a terminal): tables are then measured
  /// on the rows of their first 300 ms, as pwsh does, instead of on their first rows whatever
  /// the time.
  var isTerminal: Bool { get }
}

extension ShellHost {
  public var transcription: Transcription? { nil }
  public var isTerminal: Bool { false }
}

/// The process's standard output and standard error.
///
/// On a terminal the window's size is asked for (TIOCGWINSZ) each time it is read, so a table
/// laid out after the window was resized fits the new width, as pwsh's console host reads
/// the console's size for each layout. Elsewhere COLUMNS gives the width, or 120.
public final class StandardHost: ShellHost {
  public var supportsColor: Bool
  /// True when standard output is a terminal: progress is drawn and the size is asked for.
  public let isTerminal: Bool
  /// COLUMNS when it was set to a number, the width when output is not a terminal.
  private let columns: Int?
  public let transcription: Transcription? = Transcription()
  let progressPane = ProgressPane()
  /// How the host measures and draws its own text (ShellFormatting's, once registered).
  public var rendering = HostRendering.plain
  /// When the progress pane was last drawn.
  private var lastProgressDraw = ContinuousClock.now
  /// The style the pane was last drawn with, to draw it again after output.
  var progressStyle = ProgressStyle.standard
  public private(set) var shouldExitCode: Int32?
  public func setShouldExit(_ code: Int32) { shouldExitCode = code }
  /// The cursor's column as the host's own writes left it, so that the progress pane is drawn
  /// on a line of its own.
  private var column = 0

  public init() {
    let environment = ProcessInfo.processInfo.environment
    isTerminal = isatty(STDOUT_FILENO) != 0
    if let text = environment["COLUMNS"], let value = Int(text), value > 0 {
      columns = value
    } else {
      columns = nil
    }
    let term = environment["TERM"] ?? ""
    supportsColor =
      isTerminal && environment["NO_COLOR"] == nil && term != "dumb" && term != "xterm-mono"
  }

  /// The terminal's columns and rows, or nil when output is not a terminal.
  public var terminalSize: (columns: Int, rows: Int)? {
    guard isTerminal else { return nil }
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return (Int(size.ws_col), Int(size.ws_row))
  }

  public var width: Int { terminalSize?.columns ?? columns ?? 120 }

  /// The window's height in rows; 0 when output is not a terminal (as pwsh reports it).
  public var height: Int { terminalSize?.rows ?? 0 }

  /// Output goes through C stdio's buffer: large pipelines print many short lines.
  public func writeOutput(_ text: String) {
    transcription?.record(text)
    writeToConsole(text)
  }

  /// Writes to standard output without the transcript seeing it, as `[Console]::Write` does;
  /// the progress pane is moved below the text.
  public func writeToConsole(_ text: String) {
    if progressPane.shownLines > 0 { fputs(progressPane.hide(), stdout) }
    fputs(text, stdout)
    follow(text)
    if progressPane.hasActivities {
      redrawProgress()
    } else if isTerminal, !text.hasSuffix("\n") {
      // A terminal's stdio buffer holds a line until its end: text written without one
      // (Write-Host -NoNewline, a prompt) must show now, as it does in pwsh.
      fflush(stdout)
    }
  }

  /// Flushes the output first so that errors appear after the output that preceded them.
  public func writeError(_ text: String) {
    transcription?.record(text)
    if progressPane.shownLines > 0 { fputs(progressPane.hide(), stdout) }
    fflush(stdout)
    fputs(text, stderr)
    follow(text)
    if progressPane.hasActivities { redrawProgress() }
  }

  public func flush() {
    fflush(stdout)
  }

  /// Adds, changes or removes an activity of the progress pane and draws the pane again;
  /// nothing is drawn when output is not a terminal.
  ///
  /// As pwsh's host, the pane is drawn again at most every 200 ms (and at once for the first
  /// record and for -Completed), so a loop that reports each of many items is not slowed down
  /// by drawing; output written meanwhile draws the pane with the newest records. `style` is
  /// read only when the pane is drawn.
  public func writeProgress(_ record: ProgressRecord, style: @autoclosure () -> ProgressStyle) {
    guard isTerminal else { return }
    let isFirst = !progressPane.hasActivities
    progressPane.update(record)
    let now = ContinuousClock.now
    guard isFirst || record.isCompleted || now - lastProgressDraw >= .milliseconds(200) else {
      return
    }
    progressStyle = style()
    fputs(progressPane.hide(), stdout)
    redrawProgress()
  }

  /// Erases the progress pane before something else writes to the terminal (a program the
  /// shell runs, `[Console]::Write`), which then draws below what it wrote.
  public func hideProgress() {
    guard progressPane.shownLines > 0 else { return }
    fputs(progressPane.hide(), stdout)
    fflush(stdout)
  }

  /// Erases the progress pane before the user types on the cursor's line, so that the typing
  /// and the line break the terminal echoes do not run into it.
  public func prepareForInput() {
    hideProgress()
  }

  /// Notes a line the user typed and the terminal echoed with its line break: the cursor is
  /// at a line's start, and the transcript gets the line as the console showed it (pwsh's
  /// transcripts hold Read-Host's answers).
  public func noteInput(_ line: String) {
    transcription?.record(line + "\n")
    column = 0
  }

  /// Erases the progress pane and forgets its activities: pwsh's host clears progress when a
  /// command line finishes, so that a bar a script never completed does not outlive it.
  public func resetProgress() {
    hideProgress()
    progressPane.removeAll()
  }

  private func redrawProgress() {
    lastProgressDraw = ContinuousClock.now
    let size = terminalSize ?? (120, 0)
    fputs(
      progressPane.show(
        column: column, width: size.columns, height: size.rows, style: progressStyle,
        rendering: rendering), stdout)
    fflush(stdout)
  }

  /// Moves the tracked column over text written to the terminal; a line's end, the common
  /// case, is found on its last byte.
  private func follow(_ text: String) {
    guard isTerminal else { return }
    let bytes = text.utf8
    guard let last = bytes.last else { return }
    if last == 10 || last == 13 {
      column = 0
    } else if let lastBreak = bytes.lastIndex(where: { $0 == 10 || $0 == 13 }) {
      column = rendering.cellWidth(
        String(decoding: bytes[bytes.index(after: lastBreak)...], as: UTF8.self))
    } else {
      column += rendering.cellWidth(text)
    }
  }

}

/// A host that keeps everything in memory, for tests and `Out-String`-like captures.
public final class CapturingHost: ShellHost {
  public private(set) var output = ""
  public private(set) var errors = ""
  public var width: Int
  public var supportsColor = false

  public let transcription: Transcription? = Transcription()
  public private(set) var shouldExitCode: Int32?

  public init(width: Int = 120) { self.width = width }

  public func setShouldExit(_ code: Int32) { shouldExitCode = code }

  public func writeOutput(_ text: String) {
    transcription?.record(text)
    output += text
  }

  public func writeError(_ text: String) {
    transcription?.record(text)
    errors += text
  }
}
