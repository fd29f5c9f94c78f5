/// `[Type]::new(...)` and `New-Object`-style construction of the types scripts build by hand:
/// exceptions (for `throw`), PSCustomObject, hashtables, arrays, TimeSpans and PSCredentials.
extension Members {
  static func construct(_ type: PSType, _ arguments: [Value]) throws -> Value? {
    if isExceptionType(type.fullName) {
      let message = arguments.first?.toText() ?? "Exception of type '\(type.fullName)' was thrown."
      return .object(exceptionObject(type.fullName, message: message))
    }
    if let collection = try constructCollection(type, arguments) { return collection }
    switch type.fullName {
    case SecureString.typeName:
      guard arguments.isEmpty else { throw OperatorErrors.argumentCount("new", arguments.count) }
      return SecureString.make("")
    case SecureString.credentialTypeName: return try constructCredential(arguments)
    case DateTimeOffsetValue.typeName: return try DateTimeOffsetValue.construct(arguments)
    default: break
    }
    switch type.kind {
    case .hashtable: return .hashtable(PSHashtable())
    case .ordered: return .hashtable(PSHashtable(isOrdered: true))
    case .psCustomObject, .psObject, .object: return .object(PSObject())
    case .timeSpan: return try constructTimeSpan(arguments)
    case .dateTime: return try constructDateTime(arguments)
    case .string: return .string(arguments.map { $0.toText() }.joined())
    case .array, .typedArray:
      let count = try arrayLength(arguments)
      let element = type.kind == .typedArray ? defaultValue(of: type.elementType ?? .object) : .null
      return .array(Array(repeating: element, count: count))
    default: return try constructDotNet(type, arguments)
    }
  }

  /// The length `[T[]]::new(n)` asks for, with .NET's errors: a negative length overflows, one
  /// past `Array.MaxLength` (0x7FFFFFC7) exceeds the supported range, and one this shell
  /// cannot hold is out of memory.
  static func arrayLength(_ arguments: [Value]) throws -> Int {
    guard arguments.count == 1 else { throw OperatorErrors.argumentCount("new", arguments.count) }
    let count = arguments[0].intValue ?? 0
    let inner: String
    if count < 0 {
      inner = "Arithmetic operation resulted in an overflow."
    } else if count > 0x7FFF_FFC7 {
      inner = "Array dimensions exceeded supported range."
    } else if count > Operators.maximumBuiltLength {
      inner = "Exception of type 'System.OutOfMemoryException' was thrown."
    } else {
      return count
    }
    throw OperatorErrors.methodException(".ctor", 1, inner)
  }

  static func isExceptionType(_ fullName: String) -> Bool {
    fullName.hasSuffix("Exception")
  }

  /// An exception object as `[System.ArgumentException]::new('msg')` makes it.
  public static func exceptionObject(_ typeName: String, message: String) -> PSObject {
    var chain = [typeName]
    if typeName != "System.Exception" { chain.append("System.Exception") }
    chain.append("System.Object")
    let object = PSObject(typeNames: chain)
    object.set("Message", .string(message))
    object.set("InnerException", .null)
    object.stringValue = { "\(typeName): \(message)" }
    return object
  }
}

extension Members {
  /// `[pscredential]::new(userName, password)`: the password must be a SecureString.
  static func constructCredential(_ arguments: [Value]) throws -> Value {
    guard arguments.count == 2 else {
      throw OperatorErrors.argumentCount("new", arguments.count)
    }
    let password = arguments[1]
    guard SecureString.text(of: password) != nil else {
      let shown = password.toText()
      let target = SecureString.typeName
      throw RuntimeError.make(
        "MethodArgumentConversionInvalidCastArgument",
        "Cannot convert argument \"password\", with value: \"\(shown)\", for \"PSCredential\" "
          + "to type \"\(target)\": \"Cannot convert the \"\(shown)\" value of type "
          + "\"\(password.dotNetType.fullName)\" to type \"\(target)\".\"",
        category: .notSpecified, exceptionType: "System.Management.Automation.MethodException")
    }
    return SecureString.credential(userName: arguments[0].toText(), password: password)
  }
}
