import Foundation
import ShellCore

/// The `Env:` drive of pwsh's Environment provider: `Get-ChildItem Env:`, `Test-Path Env:HOME`,
/// `Get-Item Env:PATH`, `Get-Content Env:USER`, `Remove-Item Env:X`.
///
/// Items are DictionaryEntry objects (Name, Key, Value), listed by name; names are
/// case-sensitive on Linux, as the process environment is; wildcards match them.
enum EnvironmentDrive {
  /// The name part of an `Env:` path; nil for any other path.
  ///
  /// `Env:HOME`, `env:\HOME`, `Env:/` and the provider-qualified
  /// `Microsoft.PowerShell.Core\Environment::HOME` all count; the name is empty for the root.
  static func name(in path: String) -> String? {
    let lower = path.lowercased()
    var rest: Substring
    if lower.hasPrefix("env:") {
      rest = path.dropFirst(4)
    } else if let marker = path.range(of: "::"),
      ["environment", "microsoft.powershell.core\\environment"].contains(
        path[..<marker.lowerBound].lowercased())
    {
      rest = path[marker.upperBound...]
    } else {
      return nil
    }
    while let first = rest.first, first == "\\" || first == "/" { rest = rest.dropFirst() }
    return String(rest)
  }

  /// The variables whose names match `pattern` (a wildcard; empty means all), sorted by name.
  static func entries(matching pattern: String) -> [(name: String, value: String)] {
    ProcessInfo.processInfo.environment
      .filter { pattern.isEmpty || Operators.wildcardMatch($0.key, pattern: pattern) }
      .sorted { $0.key < $1.key }
      .map { (name: $0.key, value: $0.value) }
  }

  /// One variable as the provider writes it: a DictionaryEntry with its provider path.
  static func item(_ name: String, _ value: String) -> Value {
    let entry = PSObject(typeNames: [
      "System.Collections.DictionaryEntry", "System.ValueType", "System.Object",
    ])
    entry.set("PSPath", .string("Microsoft.PowerShell.Core\\Environment::\(name)"))
    entry.set("PSDrive", .string("Env"))
    entry.set("PSProvider", .string("Microsoft.PowerShell.Core\\Environment"))
    entry.set("PSIsContainer", .bool(false))
    entry.set("Name", .string(name))
    entry.set("Key", .string(name))
    entry.set("Value", .string(value))
    entry.defaultDisplayPropertySet = ["Name", "Value"]
    return .object(entry)
  }

  /// pwsh's error for an `Env:` path that names no variable.
  static func notFound(_ name: String, _ context: CommandContext) -> ErrorRecord {
    FileContent.pathNotFound("Env:\\\(name)", context)
  }

  /// The items a path names; writes the not-found error for a literal name that has none.
  static func items(_ name: String, _ context: CommandContext, literal: Bool) throws -> [Value] {
    let isPattern = !literal && LocationCmdlets.isWildcard(name)
    let found =
      isPattern || name.isEmpty
      ? entries(matching: name)
      : ProcessInfo.processInfo.environment[name].map { [(name: name, value: $0)] } ?? []
    if found.isEmpty, !isPattern, !name.isEmpty {
      try context.writeError(notFound(name, context))
    }
    return found.map { item($0.name, $0.value) }
  }
}

extension EnvironmentDrive {
  /// The `Env:` names a command was given in -Path or -LiteralPath, when every path it was
  /// given is on that drive; nil when it names other paths (the file system's cmdlet code
  /// then handles them).
  static func names(_ context: CommandContext) -> (names: [String], literal: Bool)? {
    let literal = context.parameters.contains("LiteralPath")
    let paths = (context.parameters[literal ? "LiteralPath" : "Path"]?.enumerated ?? [])
      .map { $0.toText() }
    let names = paths.compactMap(name(in:))
    guard !paths.isEmpty, names.count == paths.count else { return nil }
    return (names, literal)
  }

  /// Get-Item and Get-ChildItem on `Env:` paths: writes the variables they name (the root
  /// lists them all) and answers true; false when the paths are not on `Env:`.
  static func writeItems(_ context: CommandContext) throws -> Bool {
    guard let (names, literal) = names(context) else { return false }
    for name in names {
      for item in try items(name, context, literal: literal) { try context.write(item) }
    }
    return true
  }
}
