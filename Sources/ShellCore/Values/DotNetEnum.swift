/// The .NET enumerations scripts name directly (`[StringComparison]::OrdinalIgnoreCase`,
/// `[System.Management.Automation.ErrorCategory]::NotSpecified`): each member is a PSObject
/// that prints as its name and computes as its number, as an enum value does in pwsh.
public struct DotNetEnum: Sendable {
  public let fullName: String
  /// Members in declaration order, with their numbers.
  let members: [(name: String, value: Int32)]
  /// A `[Flags]` enumeration: "A, B" names the members' numbers combined.
  let isFlags: Bool

  init(_ fullName: String, _ names: [String], values: [Int32]? = nil, isFlags: Bool = false) {
    self.fullName = fullName
    self.isFlags = isFlags
    let numbers = values ?? names.indices.map { Int32($0) }
    members = zip(names, numbers).map { (name: $0, value: $1) }
  }

  static let stringComparison = DotNetEnum(
    "System.StringComparison",
    [
      "CurrentCulture", "CurrentCultureIgnoreCase", "InvariantCulture",
      "InvariantCultureIgnoreCase", "Ordinal", "OrdinalIgnoreCase",
    ])
  /// Every ErrorCategory in its .NET order, so that the numbers match.
  static let errorCategory = DotNetEnum(
    "System.Management.Automation.ErrorCategory",
    [
      "NotSpecified", "OpenError", "CloseError", "DeviceError", "DeadlockDetected",
      "InvalidArgument", "InvalidData", "InvalidOperation", "InvalidResult", "InvalidType",
      "MetadataError", "NotImplemented", "NotInstalled", "ObjectNotFound", "OperationStopped",
      "OperationTimeout", "SyntaxError", "ParserError", "PermissionDenied", "ResourceBusy",
      "ResourceExists", "ResourceUnavailable", "ReadError", "WriteError", "FromStdErr",
      "SecurityError", "ProtocolError", "ConnectionError", "AuthenticationError",
      "LimitsExceeded", "QuotaExceeded", "NotEnabled",
    ])
  static let windowsBuiltInRole = DotNetEnum(
    "System.Security.Principal.WindowsBuiltInRole",
    [
      "Administrator", "User", "Guest", "PowerUser", "AccountOperator", "SystemOperator",
      "PrintOperator", "BackupOperator", "Replicator",
    ], values: [544, 545, 546, 547, 548, 549, 550, 551, 552])
  static let specialFolder = DotNetEnum(
    "System.Environment+SpecialFolder",
    [
      "Desktop", "MyDocuments", "ApplicationData", "LocalApplicationData", "CommonApplicationData",
      "UserProfile", "Personal", "ProgramFiles", "System", "Windows", "Temp",
    ], values: [0, 5, 26, 28, 35, 40, 5, 38, 37, 36, -1])

  /// The preference values in their .NET order (`-ErrorAction 0` is SilentlyContinue).
  static let actionPreference = DotNetEnum(
    "System.Management.Automation.ActionPreference",
    ["SilentlyContinue", "Stop", "Continue", "Inquire", "Ignore", "Suspend", "Break"])

  /// The console's sixteen colours, in .NET's order (ANSI colours map onto them).
  static let consoleColor = DotNetEnum(
    "System.ConsoleColor",
    [
      "Black", "DarkBlue", "DarkGreen", "DarkCyan", "DarkRed", "DarkMagenta", "DarkYellow",
      "Gray", "DarkGray", "Blue", "Green", "Cyan", "Red", "Magenta", "Yellow", "White",
    ])

  /// How String.Split treats empty and padded pieces.
  static let stringSplitOptions = DotNetEnum(
    "System.StringSplitOptions", ["None", "RemoveEmptyEntries", "TrimEntries"], isFlags: true)

  private static let all = [
    stringComparison, stringSplitOptions, errorCategory, windowsBuiltInRole, specialFolder,
    actionPreference,
    consoleColor,
  ]

  /// The enumeration with this full name (case-insensitive), or nil.
  public static func named(_ fullName: String) -> DotNetEnum? {
    let key = fullName.lowercased()
    return all.first { $0.fullName.lowercased() == key }
  }

  /// The member with this name (case-insensitive), or nil.
  public func value(_ name: String) -> Value? {
    let key = name.lowercased()
    guard let member = members.first(where: { $0.name.lowercased() == key }) else { return nil }
    return make(member)
  }

  /// The value with this number; one no member has prints as the number (as .NET's
  /// `(ConsoleColor)(-1)`, the colour a Unix console reports before one is set).
  public func value(number: Int32) -> Value {
    if let member = members.first(where: { $0.value == number }) { return make(member) }
    let parts = members.filter { $0.value != 0 && number & $0.value == $0.value }
    if isFlags, !parts.isEmpty, parts.reduce(0, { $0 | $1.value }) == number {
      return make((name: parts.map(\.name).joined(separator: ", "), value: number))
    }
    return make((name: String(number), value: number))
  }

  /// True when a member has this number.
  public func hasMember(number: Int32) -> Bool { members.contains { $0.value == number } }

  /// The member names, in declaration order.
  public var names: [String] { members.map(\.name) }

  private func make(_ member: (name: String, value: Int32)) -> Value {
    let object = PSObject(typeNames: [fullName, "System.Enum", "System.ValueType", "System.Object"])
    object.baseValue = .int(member.value)
    object.stringValue = { member.name }
    object.set("value__", .int(member.value))
    return .object(object)
  }

  /// A cast to an enumeration: a member's name (as text) or its number.
  ///
  /// Nil when `type` is not an enumeration this table knows.
  static func cast(_ value: Value, to type: PSType) throws -> Value? {
    guard let known = named(type.fullName) else { return nil }
    if case .object(let object) = value, object.typeName == known.fullName { return value }
    // A number casts to the enumeration whatever it is, as .NET's casts do (a [Flags] one
    // prints as its members combined).
    if value.unwrapped.isNumeric, let number = value.unwrapped.intValue,
      let exact = Int32(exactly: number)
    {
      return known.value(number: exact)
    }
    let text = value.toText().trimmingCharacters(in: .whitespaces)
    if let found = known.value(text) { return found }
    if known.isFlags, text.contains(",") {
      let numbers = text.split(separator: ",").map {
        known.value($0.trimmingCharacters(in: .whitespaces))?.psObject?.value(of: "value__")
      }
      if numbers.allSatisfy({ $0 != nil }) {
        let combined = numbers.compactMap { $0?.intValue }.reduce(0) { $0 | $1 }
        return known.value(number: Int32(clamping: combined))
      }
    }
    let names = known.members.map(\.name)
    var unique: [String] = []
    for name in names where !unique.contains(name) { unique.append(name) }
    throw Value.conversionError(
      value, type,
      detail: "Unable to match the identifier name \(text) to a valid enumerator name. Specify "
        + "one of the following enumerator names and try again:\n"
        + unique.joined(separator: ", "))
  }
}
