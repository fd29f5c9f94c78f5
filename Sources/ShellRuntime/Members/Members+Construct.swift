/// `[Type]::new(...)` and `New-Object`-style construction of the types scripts build by hand:
/// exceptions (for `throw`), PSCustomObject, hashtables, arrays and TimeSpans.
extension Members {
  static func construct(_ type: PSType, _ arguments: [Value]) throws -> Value? {
    if isExceptionType(type.fullName) {
      let message = arguments.first?.toText() ?? "Exception of type '\(type.fullName)' was thrown."
      return .object(exceptionObject(type.fullName, message: message))
    }
    switch type.kind {
    case .hashtable: return .hashtable(PSHashtable())
    case .ordered: return .hashtable(PSHashtable(isOrdered: true))
    case .psCustomObject, .psObject, .object: return .object(PSObject())
    case .timeSpan: return try constructTimeSpan(arguments)
    case .string: return .string(arguments.map { $0.toText() }.joined())
    case .array, .typedArray:
      let count = arguments.first?.intValue ?? 0
      return .array(Array(repeating: .null, count: max(0, min(count, 100_000_000))))
    default: return nil
    }
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
