import Foundation

/// The shell's controlling terminal, lent to a program (`vim`, `less`, `top`) while it runs.
///
/// The interactive shell is the job-control shell of its terminal, as bash is: a program that
/// gets the terminal runs in a process group of its own that is made the terminal's foreground
/// group, so the keys that raise signals (Ctrl-C, Ctrl-Z, Ctrl-\) reach the program alone and
/// it may read the terminal and change its modes without SIGTTIN or SIGTTOU stopping it. When
/// the program has ended, the shell takes the foreground back and restores the terminal modes
/// it had before, so a program that died in raw mode leaves no debris behind.
struct TerminalLease {
  /// The terminal's descriptor (the shell's standard input).
  let descriptor: Int32
  /// The terminal's modes when the program started.
  private let savedModes: termios

  /// The lease of the standard input's terminal, when the shell's process group owns it; nil
  /// when standard input is no terminal or the shell runs in the background.
  static func ofStandardInput() -> TerminalLease? {
    let descriptor = STDIN_FILENO
    guard isatty(descriptor) == 1, tcgetpgrp(descriptor) == getpgrp() else { return nil }
    var modes = termios()
    guard tcgetattr(descriptor, &modes) == 0 else { return nil }
    return TerminalLease(descriptor: descriptor, savedModes: modes)
  }

  /// Makes `group` the terminal's foreground process group.
  ///
  /// SIGTTOU is blocked around the call: a shell in the background (the program may already
  /// hold the terminal) is allowed to change the foreground group only then.
  func give(to group: pid_t) {
    Self.withTerminalStopsBlocked { _ = tcsetpgrp(descriptor, group) }
  }

  /// Takes the foreground back for the shell's own process group and restores the modes the
  /// terminal had when it was lent.
  func takeBack() {
    Self.withTerminalStopsBlocked {
      _ = tcsetpgrp(descriptor, getpgrp())
      var modes = savedModes
      _ = tcsetattr(descriptor, TCSADRAIN, &modes)
    }
  }

  /// Runs `body` with SIGTTOU blocked on the calling thread.
  private static func withTerminalStopsBlocked(_ body: () -> Void) {
    var stops = sigset_t()
    sigemptyset(&stops)
    sigaddset(&stops, SIGTTOU)
    var previous = sigset_t()
    pthread_sigmask(SIG_BLOCK, &stops, &previous)
    defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
    body()
  }
}
