import Foundation
import ShellCore

/// Stop-Transcript: ends the newest transcript, writing pwsh's footer, and names its file.
final class StopTranscript: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Stop-Transcript",
    synopsis: "Stops a transcript.",
    description: """
      Writes the transcript's footer (its end time), closes the file that the newest \
      Start-Transcript opened and outputs "Transcript stopped, output file is" and its path. \
      When no transcript is running, that is an error.
      """,
    parameters: [], supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "$file = [IO.Path]::GetTempFileName(); $null = Start-Transcript $file\n"
          + "(Stop-Transcript).Path -eq $file; Remove-Item $file",
        remarks: "Stop-Transcript's output names the file.", prints: "True\n")
    ],
    module: "Microsoft.PowerShell.Host")

  required init() {}

  func begin(_ context: CommandContext) throws {
    guard context.shouldProcess(target: "", action: "Stop-Transcript") else { return }
    guard let transcription = context.interpreter.host.transcription,
      let path = transcription.stop(footer: Transcription.epilogue())
    else {
      throw context.terminatingError(
        "InvalidOperation",
        "An error occurred stopping transcription: The host is not currently transcribing.",
        category: .invalidOperation, exceptionType: "System.InvalidOperationException")
    }
    let message = PSObject(typeNames: ["System.String", "System.Object"])
    message.baseValue = .string("Transcript stopped, output file is \(path)")
    message.stringValue = { "Transcript stopped, output file is \(path)" }
    message.set("Path", .string(path))
    try context.write(.object(message))
  }
}
