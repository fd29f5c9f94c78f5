import Foundation

/// Objects for `$MyInvocation` and version numbers, built the way PowerShell shapes them.
enum InvocationInfo {
  /// `$MyInvocation` of a script file or function.
  static func make(commandName: String, path: String?, commandType: String) -> Value {
    let command = PSObject(typeNames: ["System.Management.Automation.CommandInfo", "System.Object"])
    command.set("Name", .string(commandName))
    command.set("CommandType", .string(commandType))
    if let path {
      command.set("Path", .string(path))
      command.set("Source", .string(path))
    }
    command.stringValue = { commandName }
    let info = PSObject(
      typeNames: ["System.Management.Automation.InvocationInfo", "System.Object"])
    info.set("MyCommand", .object(command))
    info.set("InvocationName", .string(commandName))
    info.set("PSCommandPath", .string(path ?? ""))
    info.set("PSScriptRoot", .string(path.map { ($0 as NSString).deletingLastPathComponent } ?? ""))
    return .object(info)
  }

  /// A `System.Version` such as `$PSVersionTable.PSVersion`.
  static func version(_ text: String) -> Value {
    let parts = text.split(separator: ".").map { Int32($0) ?? 0 }
    let object = PSObject(typeNames: [
      "System.Management.Automation.SemanticVersion", "System.Object",
    ])
    for (index, name) in ["Major", "Minor", "Patch"].enumerated() {
      object.set(name, .int(index < parts.count ? parts[index] : 0))
    }
    object.set("PreReleaseLabel", .null)
    object.set("BuildLabel", .null)
    object.stringValue = { text }
    return .object(object)
  }
}
