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
}

/// The process's standard output and standard error.
public final class StandardHost: ShellHost {
  public var width: Int
  public var supportsColor: Bool

  public init() {
    let environment = ProcessInfo.processInfo.environment
    let isTerminal = isatty(STDOUT_FILENO) != 0
    var columns = 120
    if let text = environment["COLUMNS"], let value = Int(text), value > 0 {
      columns = value
    } else if isTerminal {
      var size = winsize()
      if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
        columns = Int(size.ws_col)
      }
    }
    width = columns
    let term = environment["TERM"] ?? ""
    supportsColor =
      isTerminal && environment["NO_COLOR"] == nil && term != "dumb" && term != "xterm-mono"
  }

  /// Output goes through C stdio's buffer: large pipelines print many short lines.
  public func writeOutput(_ text: String) {
    fputs(text, stdout)
  }

  /// Flushes the output first so that errors appear after the output that preceded them.
  public func writeError(_ text: String) {
    fflush(stdout)
    fputs(text, stderr)
  }

  public func flush() {
    fflush(stdout)
  }
}

/// A host that keeps everything in memory, for tests and `Out-String`-like captures.
public final class CapturingHost: ShellHost {
  public private(set) var output = ""
  public private(set) var errors = ""
  public var width: Int
  public var supportsColor = false

  public init(width: Int = 120) { self.width = width }

  public func writeOutput(_ text: String) { output += text }
  public func writeError(_ text: String) { errors += text }
}
