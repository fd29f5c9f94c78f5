import Foundation
import IdentityCmdlets
import ShellCore
import ShellSyntax

/// An interpreter whose lab is a file in a folder of its own (for tests that reach the lab
/// from a second connection), removed when the shell is released.
final class FileLabShell {
  let folder: URL
  let labPath: String
  let host = CapturingHost(width: 120)
  let interpreter: Interpreter

  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("adsh-file-lab-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    labPath = folder.appendingPathComponent("lab.sqlite").path
    interpreter = makeInterpreter(host: host)
    IdentityCmdlets.register(in: interpreter, labPath: labPath)
  }

  deinit { try? FileManager.default.removeItem(at: folder) }  // best effort: a temp folder

  /// Runs `code` and returns everything printed so far.
  @discardableResult
  func run(_ code: String) -> String {
    _ = interpreter.run(SourceText(code))
    interpreter.flushOutput()
    return host.output
  }
}
