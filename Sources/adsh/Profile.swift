import Foundation
import ShellCore
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
    guard !skipping, FileManager.default.fileExists(atPath: path) else { return nil }
    do {
      return interpreter.run(SourceText(try ScriptFileText.read(path), fileName: path))
    } catch {
      // A profile that is not text is reported, and the shell starts without it.
      FileHandle.standardError.write(Data((error.message + "\n").utf8))
      return nil
    }
  }
}
