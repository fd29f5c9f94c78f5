/// Methods of a keyed collection (.NET's `KeyedCollection<string, T>`), the collections modules
/// return whose items are also found by a key property (`$settings.Parameters['Name']`):
/// `Add(item)`, `Remove(key)` (True when an item went away), `Contains(key)` and `Clear()`.
extension Members {
  static func keyedCollectionMethod(_ array: PSArray, key: String, _ call: MethodCall) throws
    -> Value?
  {
    func index(of name: Value) -> Int? {
      let wanted = name.toText().lowercased()
      return array.items.firstIndex { $0.psObject?.value(of: key)?.toText().lowercased() == wanted }
    }
    switch call.key {
    case "add":
      try call.expect(1)
      let item = call.arguments[0]
      guard let name = item.psObject?.value(of: key) else {
        throw call.failure("Value cannot be null. (Parameter 'key')")
      }
      if index(of: name) != nil {
        throw call.failure(
          "An item with the same key has already been added. Key: \(name.toText())")
      }
      array.items.append(item)
      return .automationNull
    case "remove":
      try call.expect(1)
      let argument = call.arguments[0]
      let name = argument.psObject?.value(of: key) ?? argument
      guard let found = index(of: name) else { return .bool(false) }
      array.items.remove(at: found)
      return .bool(true)
    case "contains":
      try call.expect(1)
      let argument = call.arguments[0]
      return .bool(index(of: argument.psObject?.value(of: key) ?? argument) != nil)
    case "clear":
      try call.expect(0)
      array.items.removeAll()
      return .automationNull
    default: return nil
    }
  }
}
