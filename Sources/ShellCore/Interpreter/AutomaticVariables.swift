import Foundation

/// The automatic and preference variables a new session starts with (about_Automatic_Variables).
enum AutomaticVariables {
  static let version = "7.5.0"

  static func install(in scope: Scope, host: ShellHost) {
    for (name, value) in [("true", Value.bool(true)), ("false", .bool(false)), ("null", .null)] {
      scope.set(name, value).isReadOnly = true
    }
    // $Error is an ArrayList, newest first: scripts call $Error.Clear() and $Error.RemoveAt(0).
    scope.set(
      "Error",
      .array(PSArray([], collectionType: PSType.resolve("System.Collections.ArrayList"))))
    PreferenceVariables.install(in: scope)
    scope.set("ConfirmPreference", .string("High"))
    scope.set("WhatIfPreference", .bool(false))
    scope.set("ErrorView", .string("ConciseView"))
    scope.set("FormatEnumerationLimit", .int(4))
    scope.set("MaximumHistoryCount", .int(4096))
    // $OFS is unset, as in PowerShell: arrays then join with a space, Join-String with nothing.
    scope.set("LASTEXITCODE", .int(0))
    // Programs: arguments pass as they are (Standard, Linux's default since pwsh 7.3), and a
    // non-zero exit code is not an error unless this is set to true (pwsh 7.4).
    scope.set("PSNativeCommandArgumentPassing", .string("Standard"))
    scope.set("PSNativeCommandUseErrorActionPreference", .bool(false))
    scope.set("PID", .int(ProcessInfo.processInfo.processIdentifier))
    scope.set("HOME", .string(Interpreter.homeDirectory))
    scope.set("IsLinux", .bool(true)).isReadOnly = true
    scope.set("IsWindows", .bool(false)).isReadOnly = true
    scope.set("IsMacOS", .bool(false)).isReadOnly = true
    scope.set("IsCoreCLR", .bool(true)).isReadOnly = true
    scope.set("PSHOME", .string(Bundle.main.bundlePath))
    scope.set("PSEdition", .string("Core"))
    // Empty until a script adds defaults: `$PSDefaultParameterValues['*:Verbose'] = $true`.
    scope.set("PSDefaultParameterValues", .hashtable(PSHashtable()))
    scope.set("PSVersionTable", .hashtable(versionTable())).isReadOnly = true
    scope.set("Host", HostVariable.make(host: host, version: version)).isReadOnly = true
  }

  /// `$PSVersionTable`, with keys in the order PowerShell displays them.
  static func versionTable() -> PSHashtable {
    let table = PSHashtable(isOrdered: true)
    table["PSVersion"] = InvocationInfo.version(version)
    table["PSEdition"] = .string("Core")
    table["GitCommitId"] = .string(version)
    table["OS"] = .string(operatingSystem())
    table["Platform"] = .string("Unix")
    table["PSCompatibleVersions"] = .array(
      ["1.0", "2.0", "3.0", "4.0", "5.0", "5.1", "6.0", "7.0"].map(Value.string))
    table["PSRemotingProtocolVersion"] = .string("2.3")
    table["SerializationVersion"] = .string("1.1.0.1")
    table["WSManStackVersion"] = .string("3.0")
    return table
  }

  private static func operatingSystem() -> String {
    var info = utsname()
    uname(&info)
    let release = withUnsafeBytes(of: &info.release) { buffer in
      String(decoding: buffer.prefix { $0 != 0 }, as: UTF8.self)
    }
    return "Linux \(release)"
  }
}
