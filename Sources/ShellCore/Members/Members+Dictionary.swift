/// Methods of a generic `Dictionary[K,V]` where they differ from a hashtable's: typed keys and
/// values, `TryGetValue` with a `[ref]`, `Remove` answering whether it removed, and .NET's
/// duplicate-key message.
extension Members {
  static func dictionaryMethod(_ table: PSHashtable, _ type: PSType, _ call: MethodCall) throws
    -> Value?
  {
    let keyType = type.genericArguments.first ?? .object
    switch call.key {
    case "add":
      try call.expect(2)
      let key = try call.item(0, as: keyType, named: "key")
      if table.containsKey(key) {
        throw call.failure("An item with the same key has already been added. Key: \(key.toText())")
      }
      try table.assign(key, try call.item(1, as: type.dictionaryValueType, named: "value"))
      return .automationNull
    case "remove":
      try call.expect(1)
      let key = try call.item(0, as: keyType, named: "key")
      let existed = table.containsKey(key)
      table[key] = nil
      return .bool(existed)
    case "trygetvalue":
      try call.expect(2)
      let key = try call.item(0, as: keyType, named: "key")
      guard let reference = PSReference.target(of: call.arguments[1]) else {
        throw call.conversionFailure(
          1, "value", to: "\(type.dictionaryValueType.fullName)&",
          detail: "Argument: '2' should be a System.Management.Automation.PSReference. "
            + "Use [ref].")
      }
      let found = table[key]
      reference.set("Value", found ?? defaultValue(of: type.dictionaryValueType))
      return .bool(found != nil)
    case "get_item", "item":
      try call.expect(1)
      let key = try call.item(0, as: keyType, named: "key")
      guard let value = table[key] else {
        throw call.failure("The given key '\(key.toText())' was not present in the dictionary.")
      }
      return value
    case "getenumerator":
      try call.expect(0)
      return .array(table.entries.map { keyValuePair($0.key, $0.value, type) })
    default: return nil
    }
  }

  /// What an unset variable of a .NET type holds: 0 for numbers, false, `$null` otherwise.
  static func defaultValue(of type: PSType) -> Value {
    switch type.kind {
    case .int, .byte: return .int(0)
    case .long: return .long(0)
    case .double: return .double(0)
    case .decimal: return .decimal(0)
    case .bool: return .bool(false)
    default: return .null
    }
  }

  /// A `KeyValuePair[K,V]`, what enumerating a generic dictionary yields.
  public static func keyValuePair(_ key: Value, _ value: Value, _ type: PSType) -> Value {
    let arguments = type.genericArguments.map { "[\($0.assemblyQualifiedName)]" }
    let pair = PSObject(typeNames: [
      "System.Collections.Generic.KeyValuePair`2[\(arguments.joined(separator: ","))]",
      "System.ValueType", "System.Object",
    ])
    pair.set("Key", key)
    pair.set("Value", value)
    let shown = "[\(key.toText()), \(value.toText())]"
    pair.stringValue = { shown }
    return .object(pair)
  }
}
