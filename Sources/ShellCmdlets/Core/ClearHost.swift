import Foundation
import ShellCore

/// Clear-Host (`cls`): clears the terminal with what the `clear` program prints.
///
/// pwsh's Clear-Host on Linux is a function that runs the first `clear` program on the PATH
/// and writes its output with `[Console]::Write`, so the escape sequences suit the TERM the
/// terminal declares, and nothing goes to the pipeline or a transcript. The name `clear`
/// itself is left to the program, as pwsh leaves it on Linux.
final class ClearHost: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Clear-Host",
    synopsis: "Clears the display in the host program.",
    description: """
      Runs the `clear` program found on the PATH and writes what it prints straight to the \
      terminal. Nothing is written to the pipeline.
      """,
    parameters: [],
    examples: [
      CmdletExample("Clear-Host", remarks: "Clears the screen and its scrollback."),
      CmdletExample(
        "(Get-Alias cls).Definition", remarks: "cls is Clear-Host's alias.",
        prints: "Clear-Host\n"),
    ],
    module: "Microsoft.PowerShell.Core")

  required init() {}

  func end(_ context: CommandContext) throws {
    guard let program = Self.clearProgram() else {
      throw context.terminatingError(
        "CommandNotFoundException",
        "The term 'clear' is not recognized as a name of a cmdlet, function, script file, or "
          + "executable program.\nCheck the spelling of the name, or if a path was included, "
          + "verify that the path is correct and try again.",
        category: .objectNotFound, target: .string("clear"),
        exceptionType: "System.Management.Automation.CommandNotFoundException")
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    let pipe = Pipe()
    process.standardOutput = pipe
    do {
      try process.run()
    } catch {
      throw context.terminatingError(
        "NativeCommandFailed",
        "An error occurred trying to start process '\(program)': \(error.localizedDescription)",
        category: .resourceUnavailable, target: .string(program))
    }
    let text = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    ConsoleMembers.write(
      String(decoding: text, as: UTF8.self), host: context.interpreter.host, onlyTerminal: false)
  }

  /// The first executable `clear` on the PATH.
  static func clearProgram() -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/clear" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }
}
