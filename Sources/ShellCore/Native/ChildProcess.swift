import Foundation

/// A program started with `posix_spawn`, the parent's ends of its pipes, and its exit.
///
/// Foundation's Process is not used: it cannot start a program in a directory other than the
/// process's own without changing it for every thread, it always replaces the standard streams
/// it is not given, and it reaps children on a thread of its own. Here each standard stream is
/// either inherited (the terminal, for `vim` or `less`) or a pipe, and the interpreter's thread
/// reaps the child itself.
///
/// The pipes are opened close-on-exec, so that a program started later (the next command of
/// `printf x | sort`) does not hold the write end of an earlier one's pipe open and keep its
/// reader waiting for an end of file that never comes.
final class ChildProcess {
  /// What one of the child's standard streams is connected to.
  enum Stream { case inherit, pipe }

  /// How the child ended.
  struct Exit: Equatable {
    /// The exit code, or 128 plus the signal number for a program killed by a signal, as a
    /// POSIX shell reports it in `$?` (pwsh's `$LASTEXITCODE` holds the same on Linux).
    let code: Int32
    /// The signal that killed it, if one did.
    let signal: Int32?

    /// Decodes a `waitpid` status word (the WIFEXITED and WTERMSIG macros are not imported).
    init(status: Int32) {
      let terminatingSignal = status & 0x7f
      if terminatingSignal == 0 {
        code = (status >> 8) & 0xff
        signal = nil
      } else {
        code = 128 + terminatingSignal
        signal = terminatingSignal
      }
    }
  }

  /// The errno of a start that failed (`EACCES` for a file without execute permission).
  struct SpawnFailure: Error {
    let code: Int32
    var message: String { String(cString: strerror(code)) }
  }

  let pid: pid_t
  /// The terminal the child holds as its foreground process group, until it is reaped.
  private let terminal: TerminalLease?
  /// Whether the child was given the terminal.
  var holdsTerminal: Bool { terminal != nil }
  /// The write end of the child's standard input, when it is a pipe (non-blocking).
  private(set) var input: Int32?
  /// The read end of the child's standard output, when it is a pipe.
  private(set) var output: Int32?
  /// The read end of the child's standard error, when it is a pipe.
  private(set) var errors: Int32?
  /// How the child ended, once it has been reaped.
  private(set) var exit: Exit?

  private init(
    pid: pid_t, terminal: TerminalLease?, input: Int32?, output: Int32?, errors: Int32?
  ) {
    self.pid = pid
    self.terminal = terminal
    self.input = input
    self.output = output
    self.errors = errors
  }

  deinit { closeAll() }

  /// Starts `path` with `arguments` (argv without argv[0], which is the path, as .NET passes
  /// it) in `directory`, with the process's environment.
  ///
  /// With a `terminal`, the child starts as the leader of a process group of its own, which
  /// is the terminal's foreground group until the child is reaped (``TerminalLease``).
  static func spawn(
    path: String, arguments: [String], directory: String, input: Stream, output: Stream,
    errors: Stream, terminal: TerminalLease? = nil
  ) throws -> ChildProcess {
    guard let addChdir = SpawnExtensions.addChdir else { throw SpawnFailure(code: ENOSYS) }
    var pipes: [(read: Int32, write: Int32)?] = []
    var started = false
    defer {
      // Once started, the child's ends are the child's and the parent keeps its own; a start
      // that failed leaves no descriptor behind.
      for (index, pipe) in pipes.enumerated() {
        guard let pipe else { continue }
        if !started || index != 0 { close(pipe.write) }
        if !started || index == 0 { close(pipe.read) }
      }
    }
    for stream in [input, output, errors] {
      guard stream == .pipe else {
        pipes.append(nil)
        continue
      }
      // pipe2 is not imported (a GNU extension); the interpreter's thread is the only one
      // that starts programs, so setting the flag afterwards races with no other spawn.
      var ends: [Int32] = [-1, -1]
      guard pipe(&ends) == 0 else { throw SpawnFailure(code: errno) }
      pipes.append((ends[0], ends[1]))
      for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for (index, pipe) in pipes.enumerated() {
      guard let pipe else { continue }
      posix_spawn_file_actions_adddup2(&actions, index == 0 ? pipe.read : pipe.write, Int32(index))
    }
    let chdirResult = directory.withCString { addChdir(&actions, $0) }
    guard chdirResult == 0 else { throw SpawnFailure(code: chdirResult) }
    // Descriptors the shell opened without close-on-exec (a lab file, the history file) are
    // the shell's, not the program's.
    _ = SpawnExtensions.addCloseFrom.map { $0(&actions, 3) }

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // The program starts with every signal at its default action and none blocked, whatever
    // the shell does with them (the REPL catches SIGINT; writes to a pipe block SIGPIPE).
    // Only one that shares the shell's process group keeps an ignored SIGTSTP: the REPL
    // ignores Ctrl-Z, and a program stopped behind its back would stall the pipeline.
    var everySignal = sigset_t()
    sigfillset(&everySignal)
    if terminal == nil { sigdelset(&everySignal, SIGTSTP) }
    posix_spawnattr_setsigdefault(&attributes, &everySignal)
    var noSignal = sigset_t()
    sigemptyset(&noSignal)
    posix_spawnattr_setsigmask(&attributes, &noSignal)
    var flags = Int16(POSIX_SPAWN_SETSIGDEF) | Int16(POSIX_SPAWN_SETSIGMASK)
    if let terminal {
      flags |= Int16(POSIX_SPAWN_SETPGROUP)
      posix_spawnattr_setpgroup(&attributes, 0)
      // The child takes the terminal before it runs the program, so it never reads it from
      // the background; without glibc 2.35 the parent gives it below, and a child stopped by
      // SIGTTIN in between is continued by the wait.
      if let setTerminal = SpawnExtensions.setTerminalGroup,
        setTerminal(&attributes, terminal.descriptor) == 0
      {
        flags |= SpawnExtensions.terminalGroupFlag
      }
    }
    if posix_spawnattr_setflags(&attributes, flags) != 0 {
      // A glibc that does not know the terminal flag refuses the whole set.
      posix_spawnattr_setflags(&attributes, flags & ~SpawnExtensions.terminalGroupFlag)
    }

    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for case let pointer? in argv { free(pointer) } }
    var pid = pid_t()
    let result = argv.withUnsafeBufferPointer { argvBuffer in
      argvBuffer.baseAddress.map { posix_spawn(&pid, path, &actions, &attributes, $0, environ) }
        ?? EINVAL
    }
    guard result == 0 else { throw SpawnFailure(code: result) }
    started = true
    terminal?.give(to: pid)
    let inputEnd = pipes[0]?.write
    if let inputEnd { _ = fcntl(inputEnd, F_SETFL, fcntl(inputEnd, F_GETFL) | O_NONBLOCK) }
    return ChildProcess(
      pid: pid, terminal: terminal, input: inputEnd, output: pipes[1]?.read,
      errors: pipes[2]?.read)
  }

  /// The result of one attempt to write to the child's standard input.
  enum WriteResult {
    /// This many bytes went into the pipe (0 when it is full for now).
    case wrote(Int)
    /// The child closed its standard input (EPIPE) or it is closed already.
    case closed
  }

  /// Writes what fits into the child's standard input without blocking.
  ///
  /// SIGPIPE is blocked around the write and a SIGPIPE the write raised is taken back, so a
  /// child that stops reading (`head -1`) is an end of input for it, not the shell's death;
  /// the shell's own default SIGPIPE action (dying quietly when its own output reader goes)
  /// stays as it was.
  func writeInput(_ bytes: ArraySlice<UInt8>) -> WriteResult {
    guard let input else { return .closed }
    var pipeSignal = sigset_t()
    sigemptyset(&pipeSignal)
    sigaddset(&pipeSignal, SIGPIPE)
    var previous = sigset_t()
    pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
    defer {
      var pending = sigset_t()
      sigpending(&pending)
      if sigismember(&pending, SIGPIPE) == 1, sigismember(&previous, SIGPIPE) == 0 {
        var noWait = timespec()
        _ = sigtimedwait(&pipeSignal, nil, &noWait)
      }
      pthread_sigmask(SIG_SETMASK, &previous, nil)
    }
    while true {
      let written = bytes.withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
      if written >= 0 { return .wrote(written) }
      switch errno {
      case EINTR: continue
      case EAGAIN, EWOULDBLOCK: return .wrote(0)
      default: return .closed
      }
    }
  }

  /// Closes the child's standard input: the program reads an end of file.
  func closeInput() {
    if let input { _ = close(input) }
    input = nil
  }

  /// Closes the read end of the child's standard output.
  func closeOutput() {
    if let output { _ = close(output) }
    output = nil
  }

  /// Closes the read end of the child's standard error.
  func closeErrors() {
    if let errors { _ = close(errors) }
    errors = nil
  }

  func closeAll() {
    closeInput()
    closeOutput()
    closeErrors()
  }

  /// Waits for the child to end and reaps it.
  ///
  /// A signal that interrupts the wait (Ctrl-C at the REPL) does not end it: the terminal
  /// sent the same SIGINT to the child, which decides for itself whether to end, as it would
  /// under any shell.
  @discardableResult
  func waitForExit() -> Exit {
    if let exit { return exit }
    var status: Int32 = 0
    while true {
      let result = waitpid(pid, &status, terminal == nil ? 0 : WUNTRACED)
      if result < 0 {
        guard errno == EINTR else {
          // ECHILD: someone else reaped it; nothing is known of its end.
          return record(Exit(status: 0))
        }
        continue
      }
      if Self.isStopped(status) {
        resume()
        continue
      }
      return record(Exit(status: status))
    }
  }

  /// Continues a child that holds the terminal and has stopped (Ctrl-Z, or SIGTTIN before it
  /// got the terminal), without waiting for it otherwise.
  ///
  /// The shell has no job control, as pwsh has none: a stopped program would have nobody to
  /// continue it, so it is continued in the foreground (vim and less redraw their screen).
  func resumeIfStopped() {
    guard terminal != nil, exit == nil else { return }
    var status: Int32 = 0
    let result = waitpid(pid, &status, WNOHANG | WUNTRACED)
    if result == pid {
      if Self.isStopped(status) { resume() } else { record(Exit(status: status)) }
    }
  }

  private func resume() {
    terminal?.give(to: pid)
    kill(-pid, SIGCONT)
  }

  /// WIFSTOPPED, which is not imported.
  private static func isStopped(_ status: Int32) -> Bool { status & 0xff == 0x7f }

  /// Ends a child the shell no longer needs (its reader stopped, the user pressed Ctrl-C):
  /// closes its pipes, sends SIGTERM, and reaps it; one that is still running after two
  /// seconds gets SIGKILL.
  func terminate() {
    closeAll()
    guard exit == nil else { return }
    var status: Int32 = 0
    if waitpid(pid, &status, WNOHANG) == pid {
      record(Exit(status: status))
      return
    }
    kill(pid, SIGTERM)
    // A stopped program acts on the signal only once it runs again.
    kill(pid, SIGCONT)
    for _ in 0..<200 {
      if waitpid(pid, &status, WNOHANG) == pid {
        record(Exit(status: status))
        return
      }
      usleep(10_000)
    }
    kill(pid, SIGKILL)
    waitForExit()
  }

  /// Remembers how the child ended; the terminal it held is the shell's again.
  @discardableResult
  private func record(_ exit: Exit) -> Exit {
    self.exit = exit
    terminal?.takeBack()
    return exit
  }
}

/// glibc's `posix_spawn` extensions, which its headers declare only under `_GNU_SOURCE` and
/// Swift's Glibc module therefore does not import: looked up by name once.
private enum SpawnExtensions {
  typealias AddChdir =
    @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>)
    -> Int32
  typealias AddCloseFrom =
    @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32

  /// `posix_spawn_file_actions_addchdir_np` (glibc 2.29).
  static let addChdir: AddChdir? = dlsym(nil, "posix_spawn_file_actions_addchdir_np").map {
    unsafeBitCast($0, to: AddChdir.self)
  }

  /// `posix_spawn_file_actions_addclosefrom_np` (glibc 2.34); without it, descriptors the
  /// shell left inheritable reach the program, which is harmless.
  static let addCloseFrom: AddCloseFrom? = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np")
    .map { unsafeBitCast($0, to: AddCloseFrom.self) }

  typealias SetTerminalGroup =
    @convention(c) (UnsafeMutablePointer<posix_spawnattr_t>, Int32) -> Int32

  /// `posix_spawnattr_tcsetpgrp_np` (glibc 2.35): the child makes its new process group the
  /// foreground group of this terminal before it runs the program.
  static let setTerminalGroup: SetTerminalGroup? = dlsym(nil, "posix_spawnattr_tcsetpgrp_np")
    .map { unsafeBitCast($0, to: SetTerminalGroup.self) }

  /// glibc's POSIX_SPAWN_TCSETPGROUP, which goes with it.
  static let terminalGroupFlag: Int16 = 0x100
}
