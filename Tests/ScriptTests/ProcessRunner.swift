import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How a child process ended.
enum Termination: Equatable, CustomStringConvertible {
  case exited(Int32)
  case signaled(Int32)
  case timedOut(Duration)

  var description: String {
    switch self {
    case .exited(let code): "exit code \(code)"
    case .signaled(let signal): "killed by signal \(signal)"
    case .timedOut(let limit): "timed out after \(limit) and was killed"
    }
  }
}

/// What a child process printed, and how it ended.
struct ProcessResult {
  var standardOutput: String
  var standardError: String
  var termination: Termination
}

/// Runs one child process to completion, with a time limit.
///
/// Standard output and error go to files in a scratch directory rather than pipes, so a
/// child that fills one stream while the other is unread cannot block. Standard input is
/// /dev/null.
struct ProcessRunner {
  var executable: URL
  var arguments: [String]
  var workingDirectory: URL
  var environment: [String: String]
  var timeout: Duration

  /// Runs the process, keeping its output files in `scratch`, and waits for it to end.
  func run(scratch: URL) async throws -> ProcessResult {
    let outputURL = scratch.appendingPathComponent("stdout")
    let errorURL = scratch.appendingPathComponent("stderr")
    for url in [outputURL, errorURL] {
      guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
        throw HarnessError("cannot create \(url.path)")
      }
    }
    let input = try FileHandle(forReadingFrom: URL(fileURLWithPath: "/dev/null"))
    let output = try FileHandle(forWritingTo: outputURL)
    let error = try FileHandle(forWritingTo: errorURL)
    defer {
      try? input.close()
      try? output.close()
      try? error.close()
    }

    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = workingDirectory
    process.environment = environment
    process.standardInput = input
    process.standardOutput = output
    process.standardError = error
    let exit = ExitSignal()
    process.terminationHandler = { _ in exit.finish() }
    try process.run()

    let processID = process.processIdentifier
    let limit = timeout
    let timer = Task {
      do {
        try await Task.sleep(for: limit)
      } catch {
        return false
      }
      // Foundation starts the child in its own process group; kill the group, so that
      // commands the shell started cannot hold the run open.
      kill(-processID, SIGKILL)
      kill(processID, SIGKILL)
      return true
    }
    await exit.wait()
    timer.cancel()
    let timedOut = await timer.value

    let termination: Termination
    if timedOut {
      termination = .timedOut(limit)
    } else if process.terminationReason == .uncaughtSignal {
      termination = .signaled(process.terminationStatus)
    } else {
      termination = .exited(process.terminationStatus)
    }
    return ProcessResult(
      standardOutput: String(decoding: try Data(contentsOf: outputURL), as: UTF8.self),
      standardError: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self),
      termination: termination)
  }
}

/// Lets one task wait for a process's termination handler to run.
private final class ExitSignal: @unchecked Sendable {
  // Guarded by `lock`.
  private var hasFinished = false
  private var waiter: CheckedContinuation<Void, Never>?
  private let lock = NSLock()

  /// Marks the process as ended and wakes the waiting task.
  func finish() {
    let waiting = lock.withLock {
      hasFinished = true
      defer { waiter = nil }
      return waiter
    }
    waiting?.resume()
  }

  /// Returns once ``finish()`` has been called.
  func wait() async {
    await withCheckedContinuation { continuation in
      let isDone = lock.withLock {
        if !hasFinished {
          waiter = continuation
        }
        return hasFinished
      }
      if isDone {
        continuation.resume()
      }
    }
  }
}
