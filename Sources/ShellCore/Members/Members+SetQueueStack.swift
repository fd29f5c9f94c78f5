/// Methods of `HashSet[T]`, Queue and Stack (generic or not): the other collections scripts
/// build by hand to remove duplicates or walk a tree of groups.
///
/// A stack keeps its top item first, so that enumerating it (as .NET does) yields the most
/// recently pushed item first.
extension Members {
  static func setMethod(_ set: PSArray, _ type: PSType, _ call: MethodCall) throws -> Value? {
    switch call.key {
    case "add":
      try call.expect(1)
      let item = try call.item(0, as: type.itemType, named: "item")
      if set.containsItem(item) { return .bool(false) }
      set.items.append(item)
      return .bool(true)
    case "remove":
      try call.expect(1)
      let item = call.arguments[0]
      guard let index = set.items.firstIndex(where: { set.equal($0, item) }) else {
        return .bool(false)
      }
      set.items.remove(at: index)
      return .bool(true)
    case "contains":
      try call.expect(1)
      return .bool(set.containsItem(call.arguments[0]))
    case "clear":
      try call.expect(0)
      set.items.removeAll()
      return .automationNull
    case "unionwith":
      try call.expect(1)
      for item in try call.items(0, as: type.itemType) where !set.containsItem(item) {
        set.items.append(item)
      }
      return .automationNull
    case "intersectwith", "exceptwith":
      try call.expect(1)
      let other = call.arguments[0].enumerated
      let keep = call.key == "intersectwith"
      set.items.removeAll { item in other.contains { set.equal($0, item) } != keep }
      return .automationNull
    case "symmetricexceptwith":
      try call.expect(1)
      let other = try call.items(0, as: type.itemType)
      let onlyOther = other.filter { !set.containsItem($0) }
      set.items.removeAll { item in other.contains { set.equal($0, item) } }
      for item in onlyOther where !set.containsItem(item) { set.items.append(item) }
      return .automationNull
    default:
      return try setComparison(set, call)
    }
  }

  /// `IsSubsetOf`, `IsSupersetOf`, `Overlaps`, `SetEquals` and the proper variants.
  private static func setComparison(_ set: PSArray, _ call: MethodCall) throws -> Value? {
    let names = [
      "issubsetof", "ispropersubsetof", "issupersetof", "ispropersupersetof", "overlaps",
      "setequals",
    ]
    guard names.contains(call.key) else { return nil }
    try call.expect(1)
    var other: [Value] = []
    for item in call.arguments[0].enumerated where !other.contains(where: { set.equal($0, item) }) {
      other.append(item)
    }
    let inOther = set.items.filter { item in other.contains { set.equal($0, item) } }.count
    let otherInSet = other.filter { set.containsItem($0) }.count
    let isSubset = inOther == set.items.count
    let isSuperset = otherInSet == other.count
    switch call.key {
    case "issubsetof": return .bool(isSubset)
    case "ispropersubsetof": return .bool(isSubset && other.count > set.items.count)
    case "issupersetof": return .bool(isSuperset)
    case "ispropersupersetof": return .bool(isSuperset && set.items.count > other.count)
    case "overlaps": return .bool(inOther > 0)
    default: return .bool(isSubset && isSuperset)
    }
  }

  static func queueOrStackMethod(
    _ collection: PSArray, _ type: PSType, isStack: Bool, _ call: MethodCall
  ) throws -> Value? {
    switch call.key {
    case "enqueue" where !isStack, "push" where isStack:
      try call.expect(1)
      let item = try call.item(0, as: type.itemType, named: "item")
      if isStack {
        collection.items.insert(item, at: 0)
      } else {
        collection.items.append(item)
      }
      return .automationNull
    case "dequeue" where !isStack, "pop" where isStack, "peek":
      try call.expect(0)
      guard let first = collection.items.first else {
        throw call.failure(isStack ? "Stack empty." : "Queue empty.")
      }
      if call.key != "peek" { collection.items.removeFirst() }
      return first
    case "contains":
      try call.expect(1)
      return .bool(collection.containsItem(call.arguments[0]))
    case "clear":
      try call.expect(0)
      collection.items.removeAll()
      return .automationNull
    case "toarray":
      try call.expect(0)
      let isGeneric = !type.genericArguments.isEmpty
      return .array(
        PSArray(collection.items, collectionType: isGeneric ? arrayType(of: type) : nil))
    default: return nil
    }
  }
}

extension PSArray {
  /// Item equality as the set's comparer sees it.
  func equal(_ left: Value, _ right: Value) -> Bool {
    Value.dotNetEquals(left, right, ignoringCase: ignoresCase)
  }
}
