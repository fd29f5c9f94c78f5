// The history file is private to its user: it is created with mode 0600, and kept so on
// every save, because command lines can hold secrets. Consecutive duplicate entries are
// collapsed and at most `historySize` entries are kept. The file uses libedit's own format.

import CEditLineShim

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension LineEditor {
  /// Adds a line to the history; lines that are empty or only white space are skipped.
  public func addHistory(_ line: String) {
    guard line.contains(where: { !$0.isWhitespace }) else { return }
    adsh_history_enter(history, line)
  }

  /// Adds the entries of a history file to the history; false if it cannot be read.
  @discardableResult
  public func loadHistory(from path: String) -> Bool {
    adsh_history_load(history, path) >= 0
  }

  /// Writes the whole history to `path`, creating the file with mode 0600.
  ///
  /// Returns false if the file cannot be created or written. The directory must exist.
  @discardableResult
  public func saveHistory(to path: String) -> Bool {
    let descriptor = open(path, O_WRONLY | O_CREAT, 0o600)
    guard descriptor >= 0 else { return false }
    let isPrivate = fchmod(descriptor, 0o600) == 0
    close(descriptor)
    guard isPrivate else { return false }
    return adsh_history_save(history, path) >= 0
  }
}
