import Foundation
import ShellCore

/// `Get-Help -Online`: opening the command's HelpUri in a browser.
///
/// pwsh writes `Help URI: <uri>` to the verbose stream and starts the URI with the system's
/// opener; on Linux that is `xdg-open` (or `gnome-open`, `kfmclient`) found on the PATH. When
/// none can start it, pwsh fails with "Starting a browser to display online Help failed. No
/// program or browser is associated to open the URI <uri>." (HelpErrors.CannotLaunchURI), so a
/// session without a browser still learns the address. adsh starts an opener only when a
/// graphical session is present (DISPLAY or WAYLAND_DISPLAY): in a console session the opener
/// would fall back to a text browser that takes over the terminal, so it reports the error
/// instead. A command without a HelpUri fails with HelpErrors.NoURIFound.
extension GetHelp {
  static let noURIFound =
    "The online version of this Help topic cannot be displayed because the Internet address "
    + "(URI) of the Help topic is not specified in the command code or in the help file for the "
    + "command."

  func showOnline(_ help: CommandHelp, _ context: CommandContext) throws {
    guard let uri = help.helpUri else {
      throw CmdletErrors.terminating(
        context, "InvalidOperation", Self.noURIFound, category: .invalidOperation,
        exceptionType: "System.Management.Automation.PSInvalidOperationException")
    }
    try context.writeVerbose("Help URI: \(uri)")
    guard let opener = Self.browserOpener(), Self.launch(opener, uri) else {
      throw CmdletErrors.terminating(
        context, "InvalidOperation",
        "Starting a browser to display online Help failed. No program or browser is "
          + "associated to open the URI \(uri).", category: .invalidOperation,
        exceptionType: "System.Management.Automation.PSInvalidOperationException")
    }
  }

  /// The program that opens a URI in the desktop's browser, when there is a desktop.
  private static func browserOpener() -> String? {
    let environment = ProcessInfo.processInfo.environment
    let hasDisplay = [environment["DISPLAY"], environment["WAYLAND_DISPLAY"]].contains {
      !($0 ?? "").isEmpty
    }
    guard hasDisplay else { return nil }
    let directories = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
    for name in ["xdg-open", "gnome-open", "kfmclient"] {
      for directory in directories {
        let path = directory + "/" + name
        if FileManager.default.isExecutableFile(atPath: path) { return path }
      }
    }
    return nil
  }

  /// Starts the opener without waiting for it, its output discarded; false when it cannot run.
  private static func launch(_ opener: String, _ uri: String) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: opener)
    process.arguments = opener.hasSuffix("kfmclient") ? ["exec", uri] : [uri]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
      return true
    } catch {
      return false
    }
  }
}
