import Foundation
import ShellSyntax

/// Routes `[Type]::Member` and `[Type]::new()` for the .NET library types admin scripts call
/// (encodings, files, folders, paths, the environment, enums, the sized number types...) to
/// the file that holds each type's members.
extension Members {
  static func dotNetStaticProperty(_ type: PSType, _ key: String) throws -> Value? {
    let name = type.fullName.lowercased()
    if let known = DotNetEnum.named(name) { return known.value(key) }
    if let sized = SizedNumber.named(name) { return sizedStaticProperty(sized, key) }
    switch name {
    case "system.text.encoding": return EncodingMembers.staticProperty(key)
    case "system.environment": return environmentProperty(key)
    case "system.io.path": return pathProperty(key)
    case "system.stringcomparer": return StringComparisonMembers.comparer(key)
    case "system.timezoneinfo": return TimeZoneMembers.property(key)
    case "system.bitconverter": return key == "islittleendian" ? .bool(true) : nil
    case "system.management.automation.cmdlet": return cmdletStaticProperty(key)
    default: return nil
    }
  }

  /// `[System.Management.Automation.Cmdlet]::CommonParameters` and `::OptionalCommonParameters`:
  /// the names every advanced command takes, as a `HashSet[string]`.
  private static func cmdletStaticProperty(_ key: String) -> Value? {
    let names: [String]
    switch key {
    case "commonparameters":
      names = [
        "Verbose", "Debug", "ErrorAction", "WarningAction", "InformationAction", "ProgressAction",
        "ErrorVariable", "WarningVariable", "InformationVariable", "OutVariable", "OutBuffer",
        "PipelineVariable",
      ]
    case "optionalcommonparameters": names = ["WhatIf", "Confirm", "UseTransaction"]
    default: return nil
    }
    guard let type = PSType.resolve("System.Collections.Generic.HashSet[string]") else {
      return .array(names.map(Value.string))
    }
    return .array(PSArray(names.map(Value.string), collectionType: type))
  }

  static func dotNetStatic(
    _ type: PSType, _ call: MethodCall, context: OperatorContext
  ) throws -> Value? {
    let name = type.fullName.lowercased()
    if let sized = SizedNumber.named(name) { return try sizedStatic(sized, call) }
    switch name {
    case "system.text.encoding": return try EncodingMembers.staticCall(call)
    case "system.io.file": return try FileMembers.call(call)
    case "system.io.directory": return try DirectoryMembers.call(call)
    case "system.io.path": return try pathStatic(call)
    case "system.environment": return try environmentStatic(call)
    case "system.bitconverter": return try BitConverterMembers.call(call)
    case "system.timezoneinfo": return try TimeZoneMembers.call(call)
    case "system.security.principal.windowsidentity": return try IdentityMembers.call(call)
    case "system.management.automation.scriptblock" where call.key == "create":
      return try createScriptBlock(call)
    default: return nil
    }
  }

  /// `[scriptblock]::Create(text)`: the parsed text as a script block, or pwsh's
  /// MethodInvocationException around the first ParseException, "At line:1 char:2 ...".
  private static func createScriptBlock(_ call: MethodCall) throws -> Value {
    try call.expect(1)
    let parsed = Parser.parse(SourceText(call.string(0)))
    if let error = parsed.errors.first {
      let start = error.range.start
      let line = error.range.source.line(start.line)
      let marker = String(repeating: " ", count: max(0, start.column - 1)) + "~"
      throw call.failure(
        "At line:\(start.line) char:\(start.column)\n+ \(line)\n+ \(marker)\n\(error.message)")
    }
    return .scriptBlock(ScriptBlock(ast: parsed.script))
  }

  /// `[Type]::new(...)` for these types; nil when the type is not one of them.
  static func constructDotNet(_ type: PSType, _ arguments: [Value]) throws -> Value? {
    let name = type.fullName.lowercased()
    if let encoding = EncodingMembers.construct(name, arguments) { return encoding }
    let call = MethodCall(target: .type(type), name: "new", key: "new", arguments: arguments)
    switch name {
    case PSObjectView.notePropertyTypeName.lowercased():
      return try PSObjectView.newNoteProperty(arguments)
    case "system.io.fileinfo", "system.io.directoryinfo":
      try call.expect(1)
      guard !arguments[0].isNull else {
        throw call.failure("Value cannot be null. (Parameter 'fileName')")
      }
      guard !call.string(0).isEmpty else {
        throw call.failure("The value cannot be an empty string. (Parameter 'path')")
      }
      return DirectoryMembers.info(call.string(0), directory: name.hasSuffix("directoryinfo"))
    case "system.guid":
      try call.expect(0, 1)
      if arguments.isEmpty { return guidValue("00000000-0000-0000-0000-000000000000") }
      return try guidStatic(
        MethodCall(target: .type(type), name: "new", key: "parse", arguments: arguments))
    case "system.security.principal.windowsprincipal":
      try call.expect(1)
      // No WindowsIdentity can exist on Linux, so no argument can make a principal.
      throw call.failure("Windows Principal functionality is not supported on this platform.")
    case "system.management.automation.errorrecord":
      return try ErrorRecordMembers.construct(call)
    default: return try ModuleTypes.construct(type.fullName, arguments)
    }
  }

  /// GetType() and ToString() of a sized number or an enum value, which report the wrapper's
  /// type and text rather than those of the number underneath.
  public static func wrappedTypeMethod(_ value: Value, _ name: String, _ arguments: [Value])
    -> Value?
  {
    guard arguments.isEmpty, let object = value.psObject, object.baseValue != nil,
      SizedNumber.named(object.typeName) != nil || DotNetEnum.named(object.typeName) != nil
    else { return nil }
    switch name.lowercased() {
    case "gettype": return .type(value.dotNetType)
    case "tostring": return .string(object.text)
    default: return nil
    }
  }

  /// The operands a binary operator sees: the numbers under wrappers, except that `-is` and
  /// `-as` see a sized number's or an enum's own type, and an enum compared with text
  /// compares with the member that text names.
  public static func binaryOperands(_ op: BinaryOperator, _ left: Value, _ right: Value) -> (
    Value, Value
  ) {
    guard let object = left.psObject, object.baseValue != nil else {
      // Text against an enum value compares with the member's name (`'Stop' -eq $pref`).
      if case .string = left, let enumObject = right.psObject,
        DotNetEnum.named(enumObject.typeName) != nil
      {
        return (left, right)
      }
      return (left.unwrapped, right.unwrapped)
    }
    if op == .isType || op == .isNotType || op == .asType,
      SizedNumber.named(object.typeName) != nil || DotNetEnum.named(object.typeName) != nil
    {
      return (left, right.unwrapped)
    }
    if case .comparison(let comparison, _) = op, [.eq, .ne].contains(comparison),
      case .string = right, let known = DotNetEnum.named(object.typeName),
      let member = known.value(right.toText().trimmingCharacters(in: .whitespaces))
    {
      return (left.unwrapped, member.unwrapped)
    }
    return (left.unwrapped, right.unwrapped)
  }

  private static func sizedStaticProperty(_ sized: SizedNumber, _ key: String) -> Value? {
    let bounds: [String: (Value, Value)] = [
      "system.byte": (.int(0), .int(255)), "system.sbyte": (.int(-128), .int(127)),
      "system.int16": (.int(-32768), .int(32767)), "system.uint16": (.int(0), .int(65535)),
      "system.uint32": (.int(0), .long(4_294_967_295)),
      "system.uint64": (.int(0), .decimal(Decimal(string: "18446744073709551615") ?? 0)),
    ]
    if sized.fullName == "System.Single" {
      switch key {
      case "maxvalue": return sized.make(.double(Double(Float.greatestFiniteMagnitude)))
      case "minvalue": return sized.make(.double(-Double(Float.greatestFiniteMagnitude)))
      case "epsilon": return sized.make(.double(Double(Float.leastNonzeroMagnitude)))
      case "nan": return sized.make(.double(.nan))
      case "positiveinfinity": return sized.make(.double(.infinity))
      case "negativeinfinity": return sized.make(.double(-.infinity))
      default: return nil
      }
    }
    if sized.fullName.hasSuffix("BigInteger") {
      switch key {
      case "zero": return sized.make(.int(0))
      case "one": return sized.make(.int(1))
      case "minusone": return sized.make(.int(-1))
      default: return nil
      }
    }
    guard let (low, high) = bounds[sized.fullName.lowercased()] else { return nil }
    switch key {
    case "maxvalue": return sized.make(high)
    case "minvalue": return sized.make(low)
    default: return nil
    }
  }

  /// `[uint32]::Parse('42')`: invariant digits with .NET's FormatException and
  /// OverflowException texts.
  private static func sizedStatic(_ sized: SizedNumber, _ call: MethodCall) throws -> Value? {
    guard call.key == "parse" || call.key == "tryparse" else { return nil }
    try call.expect(1, 2)
    let text = call.string(0).trimmingCharacters(in: .whitespaces)
    let digits = text.drop { $0 == "-" || $0 == "+" }
    let valid =
      sized.isFloatingPoint
      ? Double(text) != nil
      : !digits.isEmpty && text.count - digits.count <= 1
        && digits.allSatisfy { $0.isASCII && $0.isNumber }
    guard valid else {
      if call.key == "tryparse" { return .bool(false) }
      throw call.failure("The input string '\(call.string(0))' was not in a correct format.")
    }
    do {
      let value = try sized.convert(.string(text))
      if call.key == "tryparse" {
        // The out parameter arrives as a [ref]; without one there is nowhere to store.
        if call.arguments.count == 2, let holder = call.arguments[1].psObject {
          holder.set("Value", value)
        }
        return .bool(true)
      }
      return value
    } catch {
      if call.key == "tryparse" { return .bool(false) }
      throw call.failure(sized.overflowMessage)
    }
  }
}

/// `[BitConverter]`: bytes shown as `01-02-FF` and numbers taken apart into their
/// little-endian bytes.
enum BitConverterMembers {
  static func call(_ call: MethodCall) throws -> Value? {
    switch call.key {
    case "tostring":
      try call.expect(1, 2, 3)
      var bytes = try Members.bytes(call, 0)
      if call.arguments.count > 1 {
        let start = try call.int(1)
        let count = call.arguments.count == 3 ? try call.int(2) : bytes.count - start
        guard start >= 0, count >= 0, start + count <= bytes.count else {
          throw call.failure(
            "Index was out of range. Must be non-negative and less than the size of the "
              + "collection. (Parameter 'startIndex')")
        }
        bytes = Array(bytes[start..<(start + count)])
      }
      let hex = bytes.map { String(format: "%02X", $0) }
      return .string(hex.joined(separator: "-"))
    case "getbytes":
      try call.expect(1)
      let argument = call.arguments[0]
      let bytes: [UInt8]
      switch (SizedNumber.of(argument)?.fullName, argument.unwrapped) {
      case (_, .bool(let flag)): bytes = [flag ? 1 : 0]
      case ("System.Byte"?, let value), ("System.SByte"?, let value):
        bytes = [UInt8(truncatingIfNeeded: value.intValue ?? 0)]
      case ("System.Int16"?, let value), ("System.UInt16"?, let value):
        bytes = littleEndian(UInt16(truncatingIfNeeded: value.intValue ?? 0))
      case ("System.UInt32"?, let value):
        bytes = littleEndian(UInt32(truncatingIfNeeded: value.intValue ?? 0))
      case ("System.UInt64"?, let value):
        let number = NSDecimalNumber(decimal: Numeric(exactly: value)?.asDecimal ?? 0)
        bytes = littleEndian(number.uint64Value)
      case ("System.Single"?, let value):
        bytes = littleEndian(Float(value.doubleValue ?? 0).bitPattern)
      case (_, .int(let number)): bytes = littleEndian(UInt32(bitPattern: number))
      case (_, .long(let number)): bytes = littleEndian(UInt64(bitPattern: number))
      case (_, .double(let number)): bytes = littleEndian(number.bitPattern)
      case (_, .char(let character)):
        bytes = littleEndian(String(character).utf16.first ?? 0)
      default:
        throw OperatorErrors.argumentCount(call.name, 1)
      }
      return Members.byteArray(bytes)
    case "toint32", "toint64", "toint16", "touint32", "touint16":
      try call.expect(2)
      let bytes = try Members.bytes(call, 0)
      let start = try call.int(1)
      let width = ["toint64": 8, "toint32": 4, "touint32": 4][call.key] ?? 2
      guard start >= 0, start + width <= bytes.count else {
        throw call.failure(
          "Destination array is not long enough to copy all the items in the collection. "
            + "Check array index and length. (Parameter 'value')")
      }
      let raw = (0..<width).reduce(UInt64(0)) { $0 | UInt64(bytes[start + $1]) << (8 * $1) }
      switch call.key {
      case "toint64": return .long(Int64(bitPattern: raw))
      case "toint32": return .int(Int32(truncatingIfNeeded: raw))
      case "touint32": return SizedNumber.uint32.make(.long(Int64(raw)))
      case "touint16": return SizedNumber.uint16.make(.int(Int32(raw)))
      default: return SizedNumber.int16.make(.int(Int32(Int16(truncatingIfNeeded: raw))))
      }
    default: return nil
    }
  }

  private static func littleEndian<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
    (0..<(T.bitWidth / 8)).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
  }
}
