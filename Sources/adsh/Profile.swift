import Foundation
import ShellRuntime
import ShellSyntax

/// The user's profile script: `$PROFILE` is set in every session, and the script, when it
/// exists, is dot-sourced into the global scope before anything else runs, unless
/// -NoProfile is given (pwsh runs it for -File and -Command too).
enum Profile {
  /// Sets `$PROFILE` and runs the profile; returns the outcome when the profile ran.
  @discardableResult
  static func load(into interpreter: Interpreter, skipping: Bool) -> Interpreter.RunOutcome? {
    let path = UserPaths.profile()
    interpreter.globalScope.set("PROFILE", .string(path))
    guard !skipping, FileManager.default.fileExists(atPath: path),
      let text = try? String(contentsOfFile: path, encoding: .utf8)
    else { return nil }
    return interpreter.run(SourceText(text, fileName: path))
  }
}
