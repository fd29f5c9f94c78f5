// Ctrl-C at a prompt: Read-Host, Get-Credential and the confirmation prompt read the terminal
// through this reader, which stops the pipeline when the user presses Ctrl-C, as pwsh's
// console host does (its ReadLine ends "on break" and PipelineStoppedException follows). It
// reads standard input with read(2), never through C stdio: stdio's getline takes an EINTR as
// an error, sets the stream's error flag and returns nothing, so Ctrl-C looked like the end of
// input, and every later prompt failed at once. It waits with poll(2) in short slices, so a
// Ctrl-C that the signal handler saw just before the wait began is still seen within a slice.

import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads one line typed at the terminal, stopping the pipeline on Ctrl-C.
struct TerminalLineReader {
  let interpreter: Interpreter
  /// How long one wait for input lasts before the cancellation flag is looked at again.
  static let sliceMilliseconds: Int32 = 100

  /// The line without its newline; nil at end of input (Ctrl-D on an empty line).
  ///
  /// Throws `ControlFlow.pipelineStopped` as soon as the interpreter is cancelled.
  func readLine() throws -> String? {
    var bytes: [UInt8] = []
    while true {
      try interpreter.checkCancelled()
      var waiting = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
      let ready = poll(&waiting, 1, Self.sliceMilliseconds)
      if ready < 0 && errno == EINTR { continue }
      if ready == 0 { continue }
      var byte: UInt8 = 0
      let count = read(STDIN_FILENO, &byte, 1)
      if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
      guard count == 1 else { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
      if byte == UInt8(ascii: "\n") { return String(decoding: bytes, as: UTF8.self) }
      bytes.append(byte)
    }
  }
}
