import Foundation

/// `[Environment]`: scripts read the machine, user and OS from it and set process variables,
/// with the values .NET gives on Linux.
extension Members {
  static func environmentProperty(_ key: String) -> Value? {
    let process = ProcessInfo.processInfo
    switch key {
    case "newline": return .string("\n")
    case "machinename":
      // .NET gives the host name up to its first dot.
      return .string(String(process.hostName.split(separator: ".").first ?? ""))
    case "username": return .string(process.userName)
    case "userdomainname":
      return .string(String(process.hostName.split(separator: ".").first ?? ""))
    case "processorcount": return .int(Int32(process.processorCount))
    case "currentdirectory": return .string(FileManager.default.currentDirectoryPath)
    case "is64bitprocess", "is64bitoperatingsystem": return .bool(MemoryLayout<Int>.size == 8)
    case "tickcount":
      return .int(Int32(truncatingIfNeeded: Int(process.systemUptime * 1000)))
    case "tickcount64": return .long(Int64(process.systemUptime * 1000))
    case "processid": return .int(process.processIdentifier)
    case "osversion": return operatingSystem()
    case "systemdirectory": return .string("")
    case "userinteractive": return .bool(true)
    case "commandline": return .string(process.arguments.joined(separator: " "))
    case "hasshutdownstarted": return .bool(false)
    default: return nil
    }
  }

  static func environmentStatic(_ call: MethodCall) throws -> Value? {
    switch call.key {
    case "getenvironmentvariable":
      try call.expect(1, 2)
      if call.arguments[0].isNull {
        throw call.failure("Value cannot be null. (Parameter 'variable')")
      }
      return ProcessInfo.processInfo.environment[call.string(0)].map(Value.string) ?? .null
    case "getenvironmentvariables":
      let table = PSHashtable()
      for (name, value) in ProcessInfo.processInfo.environment.sorted(by: { $0.key < $1.key }) {
        table[.string(name)] = .string(value)
      }
      return .hashtable(table)
    case "setenvironmentvariable":
      try call.expect(2, 3)
      let name = call.arguments[0].isNull ? "" : call.string(0)
      guard !name.isEmpty else {
        throw call.failure(
          call.arguments[0].isNull
            ? "Value cannot be null. (Parameter 'variable')"
            : "String cannot be of zero length. (Parameter 'variable')")
      }
      guard !name.contains("=") else {
        throw call.failure(
          "Environment variable name or value is too long. (Parameter 'variable')")
      }
      if call.arguments.count == 3, call.string(2).lowercased() != "process" {
        throw call.failure(
          "Setting a User or Machine environment variable is not supported on this platform.")
      }
      let value = call.arguments[1].isNull ? "" : call.string(1)
      if value.isEmpty { unsetenv(name) } else { setenv(name, value, 1) }
      return .automationNull
    case "getfolderpath":
      try call.expect(1, 2)
      return .string(folderPath(call.arguments[0].toText()))
    case "getcommandlineargs":
      return .array(ProcessInfo.processInfo.arguments.map(Value.string))
    case "getlogicaldrives": return .array([.string("/")])
    case "expandenvironmentvariables":
      try call.expect(1)
      // %NAME% is replaced when NAME is set, else left as written.
      let parts = call.string(0).components(separatedBy: "%")
      var result = parts.first ?? ""
      var index = 1
      while index < parts.count {
        if index + 1 < parts.count, let value = ProcessInfo.processInfo.environment[parts[index]] {
          result += value + parts[index + 1]
          index += 2
        } else {
          result += "%" + parts[index]
          index += 1
        }
      }
      return .string(result)
    default: return nil
    }
  }

  /// Environment.GetFolderPath on Unix: the XDG folders under the home directory, empty for
  /// the folders Linux has no counterpart for.
  static func folderPath(_ name: String) -> String {
    let environment = ProcessInfo.processInfo.environment
    let home = environment["HOME"] ?? NSHomeDirectory()
    let xdg = { (variable: String, fallback: String) in
      environment[variable].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/" + fallback
    }
    switch name.lowercased() {
    case "userprofile", "mydocuments", "personal": return home
    case "applicationdata": return xdg("XDG_CONFIG_HOME", ".config")
    case "localapplicationdata": return xdg("XDG_DATA_HOME", ".local/share")
    case "commonapplicationdata": return "/usr/share"
    case "desktop", "desktopdirectory": return home + "/Desktop"
    case "mymusic": return home + "/Music"
    case "mypictures": return home + "/Pictures"
    case "myvideos": return home + "/Videos"
    case "templates": return home + "/Templates"
    case "fonts": return home + "/.fonts"
    default: return ""
    }
  }

  /// Environment.OSVersion: "Unix" and the kernel version.
  private static func operatingSystem() -> Value {
    var system = utsname()
    uname(&system)
    let release = withUnsafeBytes(of: &system.release) { buffer in
      String(decoding: buffer.prefix { $0 != 0 }, as: UTF8.self)
    }
    var numbers = release.split(whereSeparator: { !$0.isNumber }).prefix(4).map(String.init)
    while numbers.count < 4 { numbers.append("0") }
    let version = numbers.joined(separator: ".")
    let object = PSObject(typeNames: ["System.OperatingSystem", "System.Object"])
    object.set("Platform", .string("Unix"))
    object.set("ServicePack", .string(""))
    object.set("Version", .string(version))
    object.set("VersionString", .string("Unix " + version))
    object.stringValue = { "Unix " + version }
    return .object(object)
  }
}
