import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An adsh REPL running in a tmux pseudo-terminal, driven with send-keys and read with
/// capture-pane.
///
/// Each session has its own tmux server (`-L`), so tests run in parallel without sharing
/// state, and the server is killed when the session closes. Waits poll the screen instead
/// of sleeping for fixed times.
final class TmuxSession {
  /// Whether tmux can be found on the PATH.
  static let isAvailable = executable != nil

  /// The tmux executable, if installed.
  static let executable: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/tmux" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }()

  /// How long a wait for the screen may take before the test fails.
  static let timeout: TimeInterval = 10

  private let server = "adsh-test-\(UUID().uuidString)"
  private let target = "repl"

  /// Starts `adsh -NoLogo` (plus `arguments`) in a 120x30 terminal, in `directory`, with the
  /// given environment variables added.
  init(
    adsh: String, arguments: [String] = ["-NoLogo"], directory: String,
    environment: [String: String]
  ) throws {
    let assignments = environment.map { "\($0.key)=\(Self.shellQuoted($0.value))" }
    let command =
      (["exec", "env"] + assignments + [Self.shellQuoted(adsh)] + arguments.map(Self.shellQuoted))
      .joined(separator: " ")
    try tmux([
      "new-session", "-d", "-s", target, "-x", "120", "-y", "30", "-c", directory, command,
      ";", "set-option", "-t", target, "remain-on-exit", "on",
    ])
  }

  deinit {
    _ = try? tmux(["kill-server"])
  }

  /// Types text literally.
  func type(_ text: String) throws {
    try tmux(["send-keys", "-t", target, "-l", text])
  }

  /// Types a line and waits until the editor shows it, typing it again if it did not.
  ///
  /// Keys sent in the instant before libedit starts reading can be discarded when it sets up
  /// the terminal, so a test that types right after output appears retries instead.
  func typeUntilShown(_ text: String) throws {
    for _ in 0..<5 {
      try type(text)
      if try waitFor(timeout: 1, { $0.hasSuffix(text) }).matched { return }
      try press("C-u")
    }
  }

  /// Types a line as `typeUntilShown` does and presses Enter to run it.
  func submit(_ line: String) throws {
    try typeUntilShown(line)
    try press("Enter")
  }

  /// Presses keys by tmux name (`Enter`, `Tab`, `Up`, `C-c`, `C-d`).
  func press(_ keys: String...) throws {
    try tmux(["send-keys", "-t", target] + keys)
  }

  /// Sends raw bytes, given in hexadecimal (`1b 5b 44`), as a terminal would send them.
  func send(hex bytes: String) throws {
    try tmux(["send-keys", "-t", target, "-H"] + bytes.split(separator: " ").map(String.init))
  }

  /// Pastes text as a terminal does: bracketed when the program asked for it, with each line
  /// break sent as a carriage return.
  func paste(_ text: String) throws {
    try tmux(["set-buffer", "-b", "paste", "--", text])
    try tmux(["paste-buffer", "-p", "-d", "-b", "paste", "-t", target])
  }

  /// Resizes the terminal's window, as a user dragging its edge does (the program gets
  /// SIGWINCH and a new TIOCGWINSZ size).
  func resize(columns: Int, rows: Int) throws {
    try tmux(["resize-window", "-t", target, "-x", String(columns), "-y", String(rows)])
  }

  /// The visible screen, lines joined with newlines, trailing blanks dropped.
  func screen() throws -> String {
    let text = try tmux(["capture-pane", "-p", "-t", target])
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
      .joined(separator: "\n")
      .trimmingCharacters(in: .newlines)
  }

  /// Waits until `condition` holds for the screen; returns the last screen and whether it
  /// held.
  @discardableResult
  func waitFor(
    timeout: TimeInterval = TmuxSession.timeout, _ condition: (String) -> Bool
  ) throws -> (screen: String, matched: Bool) {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = try screen()
      if condition(last) { return (last, true) }
      usleep(20_000)
    }
    return (last, false)
  }

  /// Waits until a pane variable (`pane_current_command`, the name of the terminal's
  /// foreground process; `alternate_on`, 1 on a full-screen program's screen) satisfies
  /// `condition`; returns its last value and whether it did.
  @discardableResult
  func waitForPane(
    _ variable: String, timeout: TimeInterval = TmuxSession.timeout,
    _ condition: (String) -> Bool
  ) throws -> (value: String, matched: Bool) {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = try tmux(["display-message", "-p", "-t", target, "#{\(variable)}"])
        .trimmingCharacters(in: .whitespacesAndNewlines)
      if condition(last) { return (last, true) }
      usleep(20_000)
    }
    return (last, false)
  }

  /// The exit status once adsh has ended (128 + n when signal n ended it, as a shell
  /// reports it), or nil if it is still running after `timeout` seconds.
  ///
  /// tmux built with libutempter can miss the SIGCHLD of a pane's program that exits while
  /// tmux is removing the pane's utmp record (tmux/tmux#311): the pane shows as dead but its
  /// process stays unreaped and the status never comes. The program has ended then, so the
  /// server is sent the SIGCHLD it missed, and it reaps the program and reports the status.
  func waitForExit(timeout: TimeInterval = TmuxSession.timeout) throws -> Int32? {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      let state = try tmux([
        "display-message", "-p", "-t", target,
        "#{pane_dead}:#{pane_dead_status}:#{pane_dead_signal}",
      ])
      let fields = state.trimmingCharacters(in: .whitespacesAndNewlines)
        .split(separator: ":", omittingEmptySubsequences: false).map(String.init)
      if fields.first == "1", fields.count == 3 {
        if let status = Int32(fields[1]) { return status }
        if let signal = Int32(fields[2]) { return 128 + signal }
        try remindServerOfChildren()
      }
      usleep(20_000)
    }
    return nil
  }

  /// Sends this session's tmux server a SIGCHLD, so that it reaps a pane program whose exit
  /// it missed.
  private func remindServerOfChildren() throws {
    let text = try tmux(["display-message", "-p", "#{pid}"])
    if let server = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
      kill(server, SIGCHLD)
    }
  }

  /// Runs one tmux client command and returns what it printed.
  ///
  /// The client is started with posix_spawn and reaped with waitpid: Foundation's Process
  /// left clients unreaped here, and its pipes would be held open by the tmux server that
  /// new-session forks. Output goes to a scratch file for the same reason.
  @discardableResult
  private func tmux(_ arguments: [String]) throws -> String {
    guard let executable = Self.executable else { throw TmuxError("tmux is not installed") }
    let outputPath = NSTemporaryDirectory() + "\(server)-\(UUID().uuidString).out"
    defer { try? FileManager.default.removeItem(atPath: outputPath) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = [executable, "-L", server, "-f", "/dev/null"] + arguments
    var cArguments = argv.map { strdup($0) } + [nil]
    defer { for pointer in cArguments { free(pointer) } }
    // Test threads block signals, and a spawned process inherits the mask; the tmux server
    // and adsh must get Ctrl-C's SIGINT, so start them with an empty mask and default actions.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGINT)
    sigaddset(&defaults, SIGPIPE)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var processID: pid_t = 0
    let spawned = posix_spawn(
      &processID, executable, &actions, &attributes, &cArguments, environ)
    guard spawned == 0 else { throw TmuxError("cannot start tmux (error \(spawned))") }
    var status: Int32 = 0
    while waitpid(processID, &status, 0) == -1 && errno == EINTR {}
    guard status == 0 else {
      throw TmuxError("tmux \(arguments.joined(separator: " ")) failed (status \(status))")
    }
    return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
  }

  private static func shellQuoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}

/// A failure to drive tmux.
struct TmuxError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
