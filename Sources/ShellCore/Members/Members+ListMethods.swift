/// Methods of `List[T]` and ArrayList, the growable lists scripts collect results in
/// (`$list.Add($user)`, `AddRange`, `Remove`, `Sort`, `ToArray`, `FindAll({ ... })`).
///
/// Items are converted to the list's item type as .NET's method binding converts arguments.
extension Members {
  static func listMethod(
    _ list: PSArray, _ type: PSType, _ call: MethodCall, _ context: OperatorContext
  ) throws -> Value? {
    let isArrayList = type.collectionFlavor == .arrayList
    switch call.key {
    case "add":
      try call.expect(1)
      list.items.append(try call.item(0, as: type.itemType, named: "item"))
      return isArrayList ? .int(Int32(clamping: list.items.count - 1)) : .automationNull
    case "addrange":
      try call.expect(1)
      list.items += try call.items(0, as: type.itemType)
      return .automationNull
    case "insert":
      try call.expect(2)
      let index = try call.int(0)
      guard (0...list.items.count).contains(index) else {
        throw call.failure("Index must be within the bounds of the List. (Parameter 'index')")
      }
      list.items.insert(try call.item(1, as: type.itemType, named: "item"), at: index)
      return .automationNull
    case "insertrange":
      try call.expect(2)
      let index = try call.int(0)
      guard (0...list.items.count).contains(index) else {
        throw call.failure("Index must be within the bounds of the List. (Parameter 'index')")
      }
      list.items.insert(contentsOf: try call.items(1, as: type.itemType), at: index)
      return .automationNull
    case "remove":
      try call.expect(1)
      let item = try call.item(0, as: type.itemType, named: "item")
      let index = list.items.firstIndex { Value.dotNetEquals($0, item) }
      if let index { list.items.remove(at: index) }
      return isArrayList ? .automationNull : .bool(index != nil)
    case "removeat":
      try call.expect(1)
      let index = try call.int(0)
      guard list.items.indices.contains(index) else { throw call.outOfRange("index") }
      list.items.remove(at: index)
      return .automationNull
    case "removerange", "getrange":
      try call.expect(2)
      let range = try call.range(count: list.items.count)
      if call.key == "getrange" {
        return .array(PSArray(Array(list.items[range]), collectionType: type))
      }
      list.items.removeSubrange(range)
      return .automationNull
    case "clear":
      try call.expect(0)
      list.items.removeAll()
      return .automationNull
    case "contains":
      try call.expect(1)
      return .bool(list.containsItem(call.arguments[0]))
    case "indexof", "lastindexof":
      try call.expect(1)
      let item = call.arguments[0]
      let match: (Value) -> Bool = { Value.dotNetEquals($0, item) }
      let index =
        call.key == "indexof"
        ? list.items.firstIndex(where: match) : list.items.lastIndex(where: match)
      return .int(Int32(index ?? -1))
    case "reverse":
      try call.expect(0)
      list.items.reverse()
      return .automationNull
    case "sort":
      try sortList(list, call, context)
      return .automationNull
    case "toarray":
      try call.expect(0)
      return .array(PSArray(list.items, collectionType: isArrayList ? nil : arrayType(of: type)))
    case "clone" where isArrayList:
      try call.expect(0)
      return .array(PSArray(list.items, collectionType: type))
    default:
      return isArrayList ? nil : try listPredicateMethod(list, type, call, context)
    }
  }

  /// `T[]` for a `List[T]`, as its ToArray returns.
  static func arrayType(of type: PSType) -> PSType {
    let item = type.itemType
    return PSType(kind: .typedArray, fullName: item.fullName + "[]", elementFullName: item.fullName)
  }

  /// `Sort()` with the default comparer, or `Sort({ param($a, $b) ... })` with a comparison.
  private static func sortList(
    _ list: PSArray, _ call: MethodCall, _ context: OperatorContext
  ) throws {
    try call.expect(0, 1)
    if let comparison = call.arguments.first {
      guard case .scriptBlock(let block) = comparison.unwrapped else {
        throw OperatorErrors.argumentCount(call.name, 1)
      }
      var failure: Error?
      list.items.sort { left, right in
        guard failure == nil else { return false }
        do {
          return try context.invokeDelegate(block, [left, right]).intValue ?? 0 < 0
        } catch {
          failure = error
          return false
        }
      }
      if let failure { throw failure }
      return
    }
    for item in list.items where Operators.compare(item, item, caseSensitive: true) == nil {
      throw call.failure("Failed to compare two elements in the array.")
    }
    list.items.sort { (Operators.compare($0, $1, caseSensitive: true) ?? 0) < 0 }
  }

  /// `List[T]`'s methods that take a predicate script block (`Find`, `FindAll`, `Exists`, ...).
  private static func listPredicateMethod(
    _ list: PSArray, _ type: PSType, _ call: MethodCall, _ context: OperatorContext
  ) throws -> Value? {
    let names = ["find", "findall", "findindex", "findlast", "exists", "trueforall", "removeall"]
    guard names.contains(call.key) else { return nil }
    try call.expect(1)
    guard case .scriptBlock(let block) = call.arguments[0].unwrapped else {
      throw call.conversionFailure(0, "match", to: "System.Predicate`1[\(type.itemType.fullName)]")
    }
    let matches = try list.items.map { try context.invokeDelegate(block, [$0]).isTruthy }
    switch call.key {
    case "find":
      return matches.firstIndex(of: true).map { list.items[$0] } ?? .null
    case "findlast":
      return matches.lastIndex(of: true).map { list.items[$0] } ?? .null
    case "findindex":
      return .int(Int32(matches.firstIndex(of: true) ?? -1))
    case "findall":
      let found = zip(list.items, matches).filter(\.1).map(\.0)
      return .array(PSArray(found, collectionType: type))
    case "exists": return .bool(matches.contains(true))
    case "trueforall": return .bool(!matches.contains(false))
    default:
      let kept = zip(list.items, matches).filter { !$0.1 }.map(\.0)
      let removed = list.items.count - kept.count
      list.items = kept
      return .int(Int32(removed))
    }
  }
}
