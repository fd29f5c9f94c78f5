import Foundation
import ShellCore

/// Invoke-Item (`ii`): performs an item's default action, as pwsh's FileSystem provider does
/// on Linux.
///
/// An executable file is started; any other file, and a directory, is handed to the desktop's
/// opener: the first of `xdg-open`, `gnome-open` and `kfmclient` found in `PATH` (.NET's
/// shell execute on Linux). With none of them the item cannot be opened, and the error is the
/// one .NET gives for a process it cannot start.
final class InvokeItem: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Invoke-Item",
    synopsis: "Performs the default action on the specified item.",
    description: """
      Performs the default action on each item a path names; wildcards are expanded. On Linux \
      an executable file is run; any other file, and a directory, is opened with the first of \
      xdg-open, gnome-open and kfmclient found in PATH, which is started and not waited for. \
      When none of them is installed the item cannot be opened and that is an error. A path \
      that names nothing is an error. -WhatIf reports what would be opened.
      """,
    parameters: ItemPathParameters.pathAndLiteralPath("items to open"),
    defaultParameterSet: "Path",
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "$file = '/tmp/ii-example.txt'\n"
          + "Set-Content $file 'notes'\n"
          + "Invoke-Item $file -WhatIf\n"
          + "Remove-Item $file",
        remarks: "-WhatIf names the item that would be opened.",
        prints: "What if: Performing the operation \"Invoke Item\" on target \"Item: "
          + "/tmp/ii-example.txt\".\n")
    ],
    module: "Microsoft.PowerShell.Management")

  /// The programs .NET tries, in this order, to open a file on Linux.
  static let openers = ["xdg-open", "gnome-open", "kfmclient"]

  required init() {}

  func process(_ context: CommandContext) throws {
    for path in try ItemCmdlets.existing(context) {
      guard context.shouldProcess(target: "Item: \(path)", action: "Invoke Item") else {
        continue
      }
      if !LocationCmdlets.isDirectory(path), ApplicationSearch.isExecutableFile(path) {
        try start(path, arguments: [], shown: path, context)
        continue
      }
      guard let opener = Self.openers.lazy.compactMap(context.interpreter.findApplication).first
      else {
        throw cannotStart(path, "No such file or directory", context)
      }
      try start(opener, arguments: [path], shown: path, context)
    }
  }

  /// Starts a program in the current location without waiting for it.
  private func start(
    _ program: String, arguments: [String], shown: String, _ context: CommandContext
  ) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: context.interpreter.location)
    do {
      try process.run()
    } catch {
      throw cannotStart(shown, String(cString: strerror(EACCES)), context)
    }
  }

  /// The error pwsh reports when the item's process cannot start (a Win32Exception wrapped
  /// by the provider as InvokeDefaultActionProviderException).
  private func cannotStart(_ path: String, _ reason: String, _ context: CommandContext)
    -> RuntimeError
  {
    CmdletErrors.terminating(
      context, "InvokeDefaultActionProviderException",
      "An error occurred trying to start process '\(path)' with working directory "
        + "'\(context.interpreter.location)'. \(reason)",
      category: .invalidOperation, exceptionType: "System.ComponentModel.Win32Exception")
  }
}
