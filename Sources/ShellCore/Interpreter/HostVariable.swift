import Foundation

/// `$Host`: the host's name, version and user interface, as pwsh's console host shows them.
///
/// `$Host.UI.SupportsVirtualTerminal` is true unless TERM is `dumb`, as pwsh's console host
/// decides on Linux; Select-String emphasises matches only where it is true. The raw UI's
/// window width is the width output is fitted to.
public enum HostVariable {
  /// True when the terminal takes escape sequences (TERM is not `dumb`).
  public static var supportsVirtualTerminal: Bool {
    ProcessInfo.processInfo.environment["TERM"] != "dumb"
  }

  static func make(host: ShellHost, version: String) -> Value {
    let size = PSObject(
      typeNames: ["System.Management.Automation.Host.Size", "System.ValueType", "System.Object"])
    size.setComputed("Width", getter: { [weak host] in .int(Int32(clamping: host?.width ?? 120)) })
    let raw = PSObject(
      typeNames: [
        "System.Management.Automation.Internal.Host.InternalHostRawUserInterface",
        "System.Management.Automation.Host.PSHostRawUserInterface", "System.Object",
      ])
    raw.set("WindowSize", .object(size))
    let ui = PSObject(
      typeNames: [
        "System.Management.Automation.Internal.Host.InternalHostUserInterface",
        "System.Management.Automation.Host.PSHostUserInterface", "System.Object",
      ])
    ui.set("RawUI", .object(raw))
    ui.set("SupportsVirtualTerminal", .bool(supportsVirtualTerminal))
    let object = PSObject(
      typeNames: [
        "System.Management.Automation.Internal.Host.InternalHost",
        "System.Management.Automation.Host.PSHost", "System.Object",
      ])
    object.set("Name", .string("ConsoleHost"))
    object.set("Version", InvocationInfo.version(version))
    object.set("UI", .object(ui))
    object.stringValue = { "System.Management.Automation.Internal.Host.InternalHost" }
    return .object(object)
  }
}
