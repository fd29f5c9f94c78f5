import Foundation
import ShellCore

/// Out-Host -Paging's pager: after a screenful of lines it asks how to go on.
///
/// As pwsh's ConsoleLineOutput: the lines written are counted, and when they fill the window
/// but for the prompt's line, `<SPACE> next page; <CR> next line; Q quit` is written and a key
/// read without echo: Space allows another page, Enter one more line, Q ends the command
/// quietly. The window's height is read each time, so a resize takes effect at once. When
/// output or input is not a terminal there is no window to fill, and nothing is asked.
final class ConsolePager {
  static let prompt = "<SPACE> next page; <CR> next line; Q quit"

  private let host: StandardHost
  private var linesWritten = 0
  /// True once Q was pressed: nothing more is written.
  private(set) var hasQuit = false

  /// A pager for the host, or nil when paging cannot be done there.
  init?(host: ShellHost) {
    guard let standard = host as? StandardHost, standard.isTerminal, isatty(STDIN_FILENO) != 0
    else { return nil }
    self.host = standard
  }

  /// Writes one line, then asks for a key when the window is full.
  func write(_ line: String) throws {
    guard !hasQuit else { return }
    host.writeOutput(line + "\n")
    linesWritten += 1
    let available = host.height - 1
    guard available > 0, linesWritten >= available else { return }
    host.writeOutput(Self.prompt)
    while true {
      let key = try ConsoleKeys.readKeyDecoded(echo: false, host: host, arguments: 1)
      switch key.character {
      case "q", "Q":
        host.writeOutput("\n")
        hasQuit = true
        return
      case " ":
        host.writeOutput("\n")
        linesWritten = 0
        return
      case "\r":
        host.writeOutput("\n")
        linesWritten -= 1
        return
      default: continue
      }
    }
  }
}
