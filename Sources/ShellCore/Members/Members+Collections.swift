/// Members of arrays (`object[]`) and hashtables, and the intrinsic `.ForEach()`/`.Where()`.
extension Members {
  static func arrayMethod(_ array: PSArray, _ call: MethodCall) throws -> Value? {
    if let key = array.keyProperty, let result = try keyedCollectionMethod(array, key: key, call) {
      return result
    }
    switch call.key {
    case "contains":
      try call.expect(1)
      return .bool(array.items.contains { Operators.areEqual($0, call.arguments[0]) })
    case "indexof":
      try call.expect(1)
      let index = array.items.firstIndex { Operators.areEqual($0, call.arguments[0]) }
      return .int(Int32(index ?? -1))
    case "clone": return .array(array.items)
    case "getvalue", "get":
      try call.expect(1)
      let index = try call.int(0)
      guard array.items.indices.contains(index) else {
        throw call.failure("Index was outside the bounds of the array.")
      }
      return array.items[index]
    case "setvalue", "set":
      try call.expect(2)
      let index = try call.int(call.key == "set" ? 0 : 1)
      guard array.items.indices.contains(index) else {
        throw call.failure("Index was outside the bounds of the array.")
      }
      array.items[index] = call.arguments[call.key == "set" ? 1 : 0]
      return .automationNull
    case "add", "remove", "insert", "removeat", "clear":
      throw call.failure("Collection was of a fixed size.")
    case "getenumerator": return .array(array.items)
    default: return nil
    }
  }

  static func hashtableProperty(_ table: PSHashtable, name: String, key: String) -> Value? {
    if let value = table[.string(name)] { return value }
    switch key {
    case "keys": return .array(table.keys)
    case "values": return .array(table.values)
    case "count": return .int(Int32(clamping: table.count))
    case "isreadonly", "isfixedsize", "issynchronized": return .bool(false)
    case "syncroot": return .hashtable(table)
    default: return nil
    }
  }

  static func hashtableMethod(_ table: PSHashtable, _ call: MethodCall) throws -> Value? {
    switch call.key {
    case "containskey", "contains":
      try call.expect(1)
      return .bool(table.containsKey(call.arguments[0]))
    case "containsvalue":
      try call.expect(1)
      return .bool(table.values.contains { Operators.areEqual($0, call.arguments[0]) })
    case "add":
      try call.expect(2)
      let key = call.arguments[0]
      if key.isNull { throw call.failure("Key cannot be null. (Parameter 'key')") }
      if table.containsKey(key) {
        let shown = key.toText()
        throw call.failure(
          "Item has already been added. Key in dictionary: '\(shown)'  Key being added: '\(shown)'")
      }
      table[key] = call.arguments[1]
      return .automationNull
    case "remove":
      try call.expect(1)
      table[call.arguments[0]] = nil
      return .automationNull
    case "clear":
      try call.expect(0)
      table.removeAll()
      return .automationNull
    case "clone":
      try call.expect(0)
      return .hashtable(table.copy())
    case "get_item":
      try call.expect(1)
      return table[call.arguments[0]] ?? .null
    case "set_item":
      try call.expect(2)
      table[call.arguments[0]] = call.arguments[1]
      return .automationNull
    case "getenumerator":
      try call.expect(0)
      return .array(table.entries.map { dictionaryEntry($0.key, $0.value) })
    default: return nil
    }
  }

  /// A `System.Collections.DictionaryEntry` with Key, Value and Name (PowerShell's alias).
  static func dictionaryEntry(_ key: Value, _ value: Value) -> Value {
    let entry = PSObject(typeNames: [
      "System.Collections.DictionaryEntry", "System.ValueType", "System.Object",
    ])
    entry.set("Key", key)
    entry.set("Value", value)
    entry.setComputed("Name", getter: { key })
    entry.defaultDisplayPropertySet = ["Name", "Value"]
    let shown = "[\(key.toText()), \(value.toText())]"
    entry.stringValue = { shown }
    return .object(entry)
  }

  /// PowerShell's intrinsic `.ForEach()` and `.Where()`, on collections and single values.
  static func intrinsic(
    _ key: String, _ target: Value, name: String, arguments: [Value], context: OperatorContext
  ) throws -> Value {
    let items = target.enumerated
    guard let first = arguments.first else { throw OperatorErrors.argumentCount(name, 0) }
    if key == "foreach" {
      var results: [Value] = []
      for item in items {
        let output: Value
        switch first {
        case .scriptBlock(let block): output = try context.invokeScriptBlock(block, item)
        case .type(let type): output = try item.convert(to: type)
        default:
          let member = first.toText()
          if arguments.count > 1 || property(of: item, named: member) == nil {
            output = try invokeMethod(
              on: item, named: member, arguments: Array(arguments.dropFirst()), context: context)
          } else {
            output = property(of: item, named: member) ?? .null
          }
        }
        results += output.enumerated
      }
      return .array(results)
    }
    guard case .scriptBlock(let block) = first else {
      throw RuntimeError.make(
        "MethodArgumentConversionInvalidCastArgument",
        "Cannot convert the \"\(first.toText())\" value of type \"\(first.dotNetType.fullName)\" "
          + "to type \"System.Management.Automation.ScriptBlock\".")
    }
    let mode = arguments.count > 1 ? arguments[1].toText().lowercased() : "default"
    let limit =
      arguments.count > 2
      ? try MethodCall(
        target: target, name: name, key: key, arguments: arguments
      ).int(2) : 0
    return try whereItems(items, block, mode: mode, limit: limit, context: context)
  }

  private static func whereItems(
    _ items: [Value], _ block: ScriptBlock, mode: String, limit: Int, context: OperatorContext
  ) throws -> Value {
    let test: (Value) throws -> Bool = { try context.invokeScriptBlock(block, $0).isTruthy }
    let cap = limit > 0 ? limit : Int.max
    switch mode {
    case "first":
      var found: [Value] = []
      for item in items where found.count < (limit > 0 ? limit : 1) {
        if try test(item) { found.append(item) }
      }
      return .array(found)
    case "last":
      let found = try items.filter(test)
      return .array(Array(found.suffix(limit > 0 ? limit : 1)))
    case "skipuntil":
      guard let start = try items.firstIndex(where: test) else { return .array([]) }
      return .array(Array(items[start...].prefix(cap)))
    case "until":
      let end = try items.firstIndex(where: test) ?? items.count
      return .array(Array(items[..<end].prefix(cap)))
    case "split":
      var matched: [Value] = []
      var rest: [Value] = []
      for item in items {
        if matched.count < cap, try test(item) { matched.append(item) } else { rest.append(item) }
      }
      return .array([.array(matched), .array(rest)])
    default:
      var found: [Value] = []
      for item in items where found.count < cap { if try test(item) { found.append(item) } }
      return .array(found)
    }
  }
}
