import Foundation

/// Casts (`[int]$x`, `-as`, parameter conversion), following LanguagePrimitives.ConvertTo.
extension Value {
  /// The .NET type of the value, as `.GetType()` reports it.
  public var dotNetType: PSType {
    switch self {
    case .null: return .object
    case .bool: return .bool
    case .int: return .int
    case .long: return .long
    case .double: return .double
    case .decimal: return .decimal
    case .string: return .string
    case .char: return .char
    case .dateTime: return .dateTime
    case .timeSpan: return .timeSpan
    case .array(let array): return array.collectionType ?? .objectArray
    case .hashtable(let table):
      if let type = table.dictionaryType { return type }
      if table.isOrderedHashtable { return .orderedHashtable }
      return table.isOrdered ? .ordered : .hashtable
    case .object(let object):
      if let type = object.scriptType { return type.type }
      return PSType.resolve(object.typeName)
        ?? PSType(kind: .other, fullName: object.typeName)
    case .scriptBlock: return .scriptBlock
    case .type: return .runtime
    }
  }

  /// The type names `-is` checks against, most derived first (the PSTypeNames chain).
  public var typeNameChain: [String] {
    switch self {
    case .object(let object): return object.typeNames
    case .int, .long, .double, .decimal, .bool, .char, .dateTime, .timeSpan:
      return [dotNetType.fullName, "System.ValueType", "System.Object"]
    case .array(let array):
      guard let type = array.collectionType else {
        return ["System.Object[]", "System.Array", "System.Object"]
      }
      if type.kind == .typedArray { return [type.fullName, "System.Array", "System.Object"] }
      return [type.fullName, "System.Object"]
    case .hashtable(let table):
      return [dotNetType.fullName]
        + (table.isOrderedHashtable ? [PSType.hashtable.fullName] : []) + ["System.Object"]
    default: return [dotNetType.fullName, "System.Object"]
    }
  }

  /// Converts to a type or throws PowerShell's "Cannot convert value" error.
  public func convert(to type: PSType) throws -> Value {
    if let converted = try convertIfPossible(to: type) { return converted }
    throw Value.conversionError(self, type, detail: nil)
  }

  /// Converts to a type; nil when the conversion is not possible (`-as` semantics).
  public func convertIfPossible(to type: PSType) throws -> Value? {
    if case .object(let object) = self, let base = object.baseValue,
      type.kind != .object, type.kind != .psObject, type.kind != .string
    {
      return try base.convertIfPossible(to: type)
    }
    switch type.kind {
    case .object, .psObject: return self
    case .string: return isNull ? .string("") : .string(toText())
    case .bool: return .bool(isTruthy)
    case .switchParameter: return .bool(isTruthy)
    case .byte: return try SizedNumber.byte.convert(isNull ? .int(0) : self)
    case .int, .long:
      if case .null = self { return type.kind == .long ? .long(0) : .int(0) }
      guard let number = numericValue() else {
        if case .string(let text) = self {
          throw Value.conversionError(
            self, type,
            detail: "The input string '\(text)' was not in a correct format.")
        }
        return nil
      }
      let rounded: Double
      switch number {
      case .int(let value): rounded = Double(value)
      case .long(let value):
        if type.kind == .long { return .long(value) }
        rounded = Double(value)
      case .double(let value): rounded = value.rounded(.toNearestOrEven)
      case .decimal(let value):
        rounded = NSDecimalNumberBridge.double(value).rounded(.toNearestOrEven)
      default: return nil
      }
      switch type.kind {
      case .int:
        guard let result = Int32(exactly: rounded) else {
          throw Value.conversionError(
            self, type, detail: "Value was either too large or too small for an Int32.")
        }
        return .int(result)
      default:
        guard let result = Int64(exactly: rounded) else { return nil }
        return .long(result)
      }
    case .double:
      if case .null = self { return .double(0) }
      if let number = doubleValue { return .double(number) }
      if case .string(let text) = self {
        throw Value.conversionError(
          self, type, detail: "The input string '\(text)' was not in a correct format.")
      }
      return nil
    case .decimal:
      if case .null = self { return .decimal(0) }
      if case .string(let text) = self, let decimal = Decimal(string: text) {
        return .decimal(decimal)
      }
      switch self {
      case .decimal: return self
      case .int(let number): return .decimal(Decimal(Int(number)))
      case .long(let number): return .decimal(Decimal(number))
      default: break
      }
      if let number = doubleValue { return .decimal(NSDecimalNumberBridge.decimal(number)) }
      return nil
    case .char:
      switch self {
      case .char: return self
      case .string(let text) where text.count == 1: return text.first.map(Value.char)
      case .int, .long:
        guard let code = intValue, let scalar = Unicode.Scalar(code) else { return nil }
        return .char(Character(scalar))
      default: return nil
      }
    case .dateTime:
      switch self {
      case .dateTime: return self
      case .int(let number) where number >= 0: return .dateTime(DateTimeValue(ticks: Int64(number)))
      case .long(let number) where number >= 0 && number <= DateTimeValue.maxTicks:
        return .dateTime(DateTimeValue(ticks: number))
      case .object(let object) where object.base is DateTimeOffsetValue.Box:
        return (object.base as? DateTimeOffsetValue.Box).map { .dateTime($0.value.dateTime) }
      case .string(let text):
        if let date = Value.parseDate(text) { return .dateTime(date) }
        throw Value.conversionError(
          self, type,
          detail: "String '\(text)' was not recognized as a valid DateTime.")
      default: return nil
      }
    case .timeSpan: return try convertToTimeSpan()
    case .array: return .array(enumerated)
    case .typedArray:
      guard let elementType = type.elementType else { return .array(enumerated) }
      if case .array(let array) = self, array.collectionType == type { return self }
      let items = try enumerated.map { try $0.convert(to: elementType) }
      return .array(PSArray(items, collectionType: type))
    case .hashtable, .ordered:
      if case .hashtable(let table) = self {
        if type.kind == .ordered, !table.isOrdered {
          let ordered = table.copy()
          ordered.isOrdered = true
          return .hashtable(ordered)
        }
        return self
      }
      return nil
    case .psCustomObject:
      if case .hashtable(let table) = self {
        let object = PSObject()
        for (key, value) in table.entries {
          // A PSTypeName key names the object's type instead of becoming a property.
          if key.toText().caseInsensitiveCompare("PSTypeName") == .orderedSame {
            object.typeNames.insert(value.toText(), at: 0)
          } else {
            object.set(key.toText(), value)
          }
        }
        return .object(object)
      }
      if case .object = self { return self }
      return nil
    case .scriptBlock:
      if case .scriptBlock = self { return self }
      return nil
    case .type:
      if case .type = self { return self }
      if case .string(let text) = self, let resolved = PSType.resolve(text) {
        return .type(resolved)
      }
      return nil
    case .void: return .null
    case .collection, .dictionary: return try convertToCollection(type)
    case .scriptClass, .scriptEnum:
      guard let definition = type.definition, let interpreter = definition.interpreter else {
        return nil
      }
      return try interpreter.convertToScriptType(self, definition)
    case .regex, .guid, .version, .other:
      if let sized = SizedNumber.named(type.fullName) {
        return try sized.convert(isNull ? .int(0) : self)
      }
      if let converted = try DotNetEnum.cast(self, to: type) { return converted }
      if typeNameChain.contains(where: { $0.caseInsensitiveCompare(type.fullName) == .orderedSame })
      {
        return self
      }
      if type.fullName == DateTimeOffsetValue.typeName {
        if let offset = DateTimeOffsetValue.converting(self) { return offset.value }
        if case .string(let text) = self {
          throw Value.conversionError(
            self, type, detail: "String '\(text)' was not recognized as a valid DateTime.")
        }
        return nil
      }
      if case .string(let text) = self, type.kind == .guid {
        guard let guid = Value.parseGuid(text) else {
          throw Value.conversionError(self, type, detail: "Unrecognized Guid format.")
        }
        return .string(guid)
      }
      if case .string = self, type.kind == .regex || type.kind == .version {
        return .string(toText())
      }
      return nil
    }
  }

  /// The lower-case `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` form of a GUID written as .NET's
  /// Guid.Parse reads it (32 hex digits bare, or with hyphens, bare or in braces or
  /// parentheses); nil for anything else.
  public static func parseGuid(_ text: String) -> String? {
    var body = Substring(text.trimmingCharacters(in: .whitespaces))
    let isEnclosed =
      body.count == 38 && ["{}", "()"].contains(String([body.first, body.last].compactMap { $0 }))
    if isEnclosed { body = body.dropFirst().dropLast() }
    let groups = body.split(separator: "-", omittingEmptySubsequences: false)
    let lengths = groups.map(\.count)
    guard lengths == [8, 4, 4, 4, 12] || (lengths == [32] && !isEnclosed) else { return nil }
    let hex = groups.joined().lowercased()
    guard hex.allSatisfy({ $0.isASCII && $0.isHexDigit }) else { return nil }
    var parts: [Substring] = []
    var index = hex.startIndex
    for length in [8, 4, 4, 4, 12] {
      let end = hex.index(index, offsetBy: length)
      parts.append(hex[index..<end])
      index = end
    }
    return parts.joined(separator: "-")
  }

  /// Parses dates the way `[datetime]'...'` does with the invariant culture.
  public static func parseDate(_ text: String) -> DateTimeValue? { DateTimeValue.parse(text) }

  static func conversionError(_ value: Value, _ type: PSType, detail: String?) -> RuntimeError {
    let shown: String
    switch value {
    case .null: shown = ""
    default: shown = value.toText()
    }
    var message = "Cannot convert value \"\(shown)\" to type \"\(type.fullName)\"."
    if let detail { message += " Error: \"\(detail)\"" }
    return RuntimeError.make(
      "InvalidArgument", message, category: .invalidArgument,
      exceptionType: "System.Management.Automation.PSInvalidCastException", target: value)
  }
}
