import Foundation
import ShellCore

/// Start-Transcript: copies what the console shows into a text file until Stop-Transcript.
///
/// As pwsh's: with no path the file is `$global:Transcript`, or a new
/// `PowerShell_transcript.MACHINE.RANDOM.TIME.txt` in -OutputDirectory or the home directory;
/// an existing file is emptied unless -Append, and kept (with an error) under -NoClobber.
/// The file starts with pwsh's header, and the message naming it is output, which the
/// console, and so the transcript, shows.
final class StartTranscript: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Start-Transcript",
    synopsis: "Creates a record of all or part of a PowerShell session to a text file.",
    description: """
      Everything the console shows from then on (output, errors, warnings, Write-Host text \
      and, at the prompt, each command line after the prompt) is copied to the file until \
      Stop-Transcript. Transcripts nest: each Stop-Transcript ends the newest.
      """,
    parameters: [
      ParameterDeclaration(
        "Path", .string, position: 0, sets: ["ByPath"], help: "The transcript file.",
        notNullOrEmpty: true),
      ParameterDeclaration(
        "LiteralPath", .string, position: 0, sets: ["ByLiteralPath"], aliases: ["PSPath", "LP"],
        help: "The transcript file, with no wildcard characters.", notNullOrEmpty: true),
      ParameterDeclaration(
        "OutputDirectory", .string, position: 0, sets: ["ByOutputDirectory"],
        help: "The directory a generated file name is put in.", notNullOrEmpty: true),
      ParameterDeclaration("Append", .switchParameter, help: "Adds to the end of the file."),
      ParameterDeclaration(
        "Force", .switchParameter, help: "Makes a read-only file writable first."),
      ParameterDeclaration(
        "NoClobber", .switchParameter, aliases: ["NoOverwrite"],
        help: "Refuses to overwrite an existing file."),
      ParameterDeclaration(
        "IncludeInvocationHeader", .switchParameter,
        help: "Writes each command's start time before it."),
      ParameterDeclaration(
        "UseMinimalHeader", .switchParameter, help: "Writes the start time only as header."),
    ],
    defaultParameterSet: "ByPath", supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "$file = [IO.Path]::GetTempFileName(); Start-Transcript -Path $file -UseMinimalHeader"
          + " | ForEach-Object { $_ -like 'Transcript started, output file is /*' }\n"
          + "$null = Stop-Transcript; (Get-Content $file)[1]; Remove-Item $file",
        remarks: "The message names the file; the minimal header follows pwsh's.",
        prints: "True\nPowerShell transcript start\n")
    ],
    module: "Microsoft.PowerShell.Host")

  required init() {}

  func begin(_ context: CommandContext) throws {
    let parameters = context.parameters
    var given = parameters["Path"]?.toText() ?? parameters["LiteralPath"]?.toText()
    if given == nil {
      let variable = context.interpreter.globalScope.lookup("transcript")?.value
      if let variable, !variable.isNull {
        given = variable.toText()
      } else {
        let home = FileManager.default.homeDirectoryForCurrentUser.path
        var directory = home
        if let output = parameters["OutputDirectory"]?.toText() {
          directory =
            output.hasPrefix("/") ? output : (home as NSString).appendingPathComponent(output)
        }
        given = TranscriptText.defaultPath(in: directory)
      }
    }
    let shown = given ?? ""
    let path = try context.interpreter.resolvePath(shown)
    guard context.shouldProcess(target: path, action: "Start-Transcript") else { return }
    guard let transcription = context.interpreter.host.transcription else {
      throw cannotStart(context, "This host does not support transcription.")
    }
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
    if exists, isDirectory.boolValue {
      throw cannotStart(context, "File path \(path) resolves to a directory.")
    }
    let append = parameters.isSet("Append")
    if exists, parameters.isSet("NoClobber"), !append {
      throw cannotStart(context, "File \(path) already exists and NoClobber was specified.")
    }
    if exists, !FileManager.default.isWritableFile(atPath: path) {
      guard parameters.isSet("Force") else {
        throw cannotStart(
          context,
          "File \(path) is read-only. Cannot write to this file. \"Start-Transcript -Force\" "
            + "will clear the read-only attribute.")
      }
      try makeWritable(context, path)
    }
    do {
      try transcription.start(
        path: path, append: append,
        includesInvocationHeader: parameters.isSet("IncludeInvocationHeader"),
        header: TranscriptText.prologue(context, minimal: parameters.isSet("UseMinimalHeader")))
    } catch {
      throw cannotStart(context, Self.openFailure(path))
    }
    let message = PSObject(typeNames: ["System.String", "System.Object"])
    message.baseValue = .string("Transcript started, output file is \(shown)")
    message.stringValue = { "Transcript started, output file is \(shown)" }
    message.set("Path", .string(shown))
    try context.write(.object(message))
  }

  /// -Force: gives the owner write permission, as pwsh clears the read-only attribute.
  private func makeWritable(_ context: CommandContext, _ path: String) throws {
    let manager = FileManager.default
    let attributes = try? manager.attributesOfItem(atPath: path)  // unreadable: read-only
    let permissions = attributes?[.posixPermissions] as? Int ?? 0o444
    do {
      try manager.setAttributes([.posixPermissions: permissions | 0o200], ofItemAtPath: path)
    } catch {
      throw cannotStart(context, Self.openFailure(path))
    }
  }

  /// .NET's message for a file that cannot be opened for writing: its directory is missing,
  /// or access is denied.
  static func openFailure(_ path: String) -> String {
    let directory = (path as NSString).deletingLastPathComponent
    var isDirectory: ObjCBool = false
    if !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory)
      || !isDirectory.boolValue
    {
      return "Could not find a part of the path '\(path)'."
    }
    return "Access to the path '\(path)' is denied."
  }

  /// pwsh wraps every failure to start in one error naming its cause.
  private func cannotStart(_ context: CommandContext, _ cause: String) -> RuntimeError {
    context.terminatingError(
      "CannotStartTranscription",
      "Transcription cannot be started due to the error: \(cause)",
      category: .invalidOperation, exceptionType: "System.InvalidOperationException")
  }
}
