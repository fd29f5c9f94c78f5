import Foundation

/// `$Host`: the console host's name, version, instance and user interface, as pwsh's shows them.
///
/// `$Host.UI` writes through the host (so transcripts see it): WriteLine, Write,
/// WriteErrorLine and the warning, verbose and debug lines. `$Host.UI.RawUI` is the terminal
/// (``HostRawUI``). `$Host.UI.SupportsVirtualTerminal` is true unless TERM is `dumb`, as pwsh's
/// console host decides on Linux; Select-String emphasises matches only where it is true.
/// `SetShouldExit(code)` asks the shell to exit with that code once the running input ends.
public enum HostVariable {
  /// True when the terminal takes escape sequences (TERM is not `dumb`).
  public static var supportsVirtualTerminal: Bool {
    ProcessInfo.processInfo.environment["TERM"] != "dumb"
  }

  static func make(host: ShellHost, version: String) -> Value {
    let object = PSObject(
      typeNames: [
        "System.Management.Automation.Internal.Host.InternalHost",
        "System.Management.Automation.Host.PSHost", "System.Object",
      ])
    let culture = PSType(kind: .other, fullName: "System.Globalization.CultureInfo")
    object.set("Name", .string("ConsoleHost"))
    object.set("Version", InvocationInfo.version(version))
    object.set("InstanceId", Members.guidValue(UUID().uuidString.lowercased()))
    object.set("UI", .object(userInterface(host)))
    object.set("CurrentCulture", Members.cultureStaticProperty(culture, "currentculture") ?? .null)
    object.set(
      "CurrentUICulture", Members.cultureStaticProperty(culture, "currentuiculture") ?? .null)
    object.set("DebuggerEnabled", .bool(true))
    object.set("IsRunspacePushed", .bool(false))
    object.methods["setshouldexit"] = PSMethod(name: "SetShouldExit") { [weak host] arguments in
      guard arguments.count == 1, let code = arguments[0].intValue else {
        throw OperatorErrors.argumentCount("SetShouldExit", arguments.count)
      }
      host?.setShouldExit(Int32(clamping: code))
      return .null
    }
    object.stringValue = { "System.Management.Automation.Internal.Host.InternalHost" }
    return .object(object)
  }

  private static func userInterface(_ host: ShellHost) -> PSObject {
    let ui = PSObject(
      typeNames: [
        "System.Management.Automation.Internal.Host.InternalHostUserInterface",
        "System.Management.Automation.Host.PSHostUserInterface", "System.Object",
      ])
    ui.set("RawUI", .object(HostRawUI.make(host)))
    ui.set("SupportsVirtualTerminal", .bool(supportsVirtualTerminal))
    ui.stringValue = { "System.Management.Automation.Internal.Host.InternalHostUserInterface" }
    let write: (ShellHost?, [Value], Bool) throws -> Void = { host, arguments, newLine in
      guard let host else { return }
      let name = newLine ? "WriteLine" : "Write"
      switch arguments.count {
      case 0 where newLine: host.writeOutput("\n")
      case 1: host.writeOutput(arguments[0].toText() + (newLine ? "\n" : ""))
      case 3:
        let foreground = try ConsoleMembers.consoleColor(arguments[0], property: "foregroundcolor")
        let background = try ConsoleMembers.consoleColor(arguments[1], property: "backgroundcolor")
        var text = arguments[2].toText()
        if host.supportsColor {
          text =
            ConsoleMembers.sequence(foreground: true, foreground)
            + ConsoleMembers.sequence(foreground: false, background) + text + "\u{1B}[0m"
        }
        host.writeOutput(text + (newLine ? "\n" : ""))
      default: throw OperatorErrors.argumentCount(name, arguments.count)
      }
    }
    ui.methods["writeline"] = PSMethod(name: "WriteLine") { [weak host] arguments in
      try write(host, arguments, true)
      return .null
    }
    ui.methods["write"] = PSMethod(name: "Write") { [weak host] arguments in
      try write(host, arguments, false)
      return .null
    }
    ui.methods["writeerrorline"] = PSMethod(name: "WriteErrorLine") { [weak host] arguments in
      guard let host else { return .null }
      guard arguments.count == 1 else {
        throw OperatorErrors.argumentCount("WriteErrorLine", arguments.count)
      }
      // The console host writes error lines in its ErrorForegroundColor, red.
      let text = arguments[0].toText()
      host.writeError(host.supportsColor ? "\u{1B}[91m\(text)\u{1B}[0m\n" : text + "\n")
      return .null
    }
    for (method, prefix) in [
      ("WriteWarningLine", "WARNING: "), ("WriteVerboseLine", "VERBOSE: "),
      ("WriteDebugLine", "DEBUG: "),
    ] {
      ui.methods[method.lowercased()] = PSMethod(name: method) { [weak host] arguments in
        guard let host else { return .null }
        guard arguments.count == 1 else {
          throw OperatorErrors.argumentCount(method, arguments.count)
        }
        let text = prefix + arguments[0].toText()
        host.writeOutput(host.supportsColor ? "\u{1B}[33;1m\(text)\u{1B}[0m\n" : text + "\n")
        return .null
      }
    }
    return ui
  }
}
