// Ctrl-C policy: while the REPL runs, SIGINT never ends the shell. During line editing it
// cancels the line (libedit's read fails with EINTR); while a pipeline runs it sets the
// interpreter's cancellation flag, which loops and pipelines check, so the pipeline stops
// and the prompt comes back (pwsh's PipelineStoppedException). The flag is cleared before
// each entry runs. A program the shell runs is in the shell's process group, so the terminal
// sends it the same SIGINT, and it starts with SIGINT at its default action. One whose output
// the shell reads is ended (SIGTERM, then SIGKILL) and reaped when the pipeline stops; one
// that has the terminal decides for itself, as under any shell, and the pipeline stops once
// it has ended (NativeCommandProcessor). Scripts run with -File or -Command keep the default
// action.

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
    // A parent may have started the shell with SIGINT blocked; Ctrl-C must still reach it.
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    sigaddset(&unblocked, SIGINT)
    pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
  }

  /// Restores the default action for SIGINT.
  static func remove() {
    signal(SIGINT, SIG_DFL)
    interruptTarget = nil
  }
}

/// The SIGINT handler: only stores to the flag, which is async-signal-safe.
private func handleInterrupt(_ signal: Int32) {
  interruptTarget?.pointee = 1
}
