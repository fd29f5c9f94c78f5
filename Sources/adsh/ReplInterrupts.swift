// Ctrl-C policy: while the REPL runs, SIGINT never ends the shell. During line editing it
// cancels the line (libedit's read fails with EINTR); while a pipeline runs it sets the
// interpreter's cancellation flag, which loops and pipelines check, so the pipeline stops
// and the prompt comes back (pwsh's PipelineStoppedException). The flag is cleared before
// each entry runs. A program whose output the shell reads is in the shell's process group,
// so the terminal sends it the same SIGINT (it starts with SIGINT at its default action); it
// is ended (SIGTERM, then SIGKILL) and reaped when the pipeline stops. A program that gets
// the terminal runs in a process group of its own, the terminal's foreground group
// (TerminalLease), so Ctrl-C and Ctrl-Z reach it alone and it decides for itself, as under
// any shell; one that Ctrl-C ended stops the pipeline (NativeCommandProcessor). Ctrl-Z is
// ignored by the shell. Scripts run with -File or -Command keep the default actions.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The cancellation flag the SIGINT handler sets; nil while no REPL is running.
nonisolated(unsafe) private var interruptTarget: UnsafeMutablePointer<Int32>?

/// Installs and removes the REPL's SIGINT handler.
enum ReplInterrupts {
  /// Routes SIGINT to `flag` until ``remove()``.
  ///
  /// The handler is installed without SA_RESTART, so a blocked terminal read returns EINTR
  /// and the line editor can abandon the line.
  static func install(setting flag: UnsafeMutablePointer<Int32>) {
    interruptTarget = flag
    var action = sigaction()
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    #if canImport(Glibc)
      action.__sigaction_handler.sa_handler = handleInterrupt
    #else
      action.__sigaction_u.__sa_handler = handleInterrupt
    #endif
    sigaction(SIGINT, &action, nil)
    // Ctrl-Z: the shell has no job control (nor has pwsh), and a stopped shell whose parent
    // is no shell (a terminal window, tmux) would be frozen for good.
    signal(SIGTSTP, SIG_IGN)
    // A parent may have started the shell with SIGINT blocked; Ctrl-C must still reach it.
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    sigaddset(&unblocked, SIGINT)
    pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
  }

  /// Restores the default action for SIGINT.
  static func remove() {
    signal(SIGINT, SIG_DFL)
    signal(SIGTSTP, SIG_DFL)
    interruptTarget = nil
  }
}

/// The SIGINT handler: only stores to the flag, which is async-signal-safe.
private func handleInterrupt(_ signal: Int32) {
  interruptTarget?.pointee = 1
}
