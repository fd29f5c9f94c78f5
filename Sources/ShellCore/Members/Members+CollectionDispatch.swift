/// Where a call or property of a .NET collection held in a PSArray goes: lists, sets, queues
/// and stacks each have their own members; what they share (Count) is answered here.
extension Members {
  static func collectionMethod(
    _ array: PSArray, _ type: PSType, _ flavor: PSType.CollectionFlavor, _ call: MethodCall,
    _ context: OperatorContext
  ) throws -> Value? {
    switch flavor {
    case .arrayList, .list: return try listMethod(array, type, call, context)
    case .hashSet: return try setMethod(array, type, call)
    case .queue, .genericQueue: return try queueOrStackMethod(array, type, isStack: false, call)
    case .stack, .genericStack: return try queueOrStackMethod(array, type, isStack: true, call)
    }
  }

  /// Count, and the few other properties scripts read; nil sends other names to the items
  /// (member enumeration), as PowerShell does for a collection without the member.
  static func collectionProperty(_ array: PSArray, _ type: PSType, _ key: String) -> Value? {
    switch key {
    case "count": return .int(Int32(clamping: array.items.count))
    case "capacity" where [.list, .arrayList].contains(type.collectionFlavor):
      return .int(Int32(clamping: max(array.items.count, 4)))
    case "isreadonly", "isfixedsize", "issynchronized":
      return type.collectionFlavor == .arrayList || key == "isreadonly" ? .bool(false) : nil
    default: return nil
    }
  }

  /// `::new(...)` and New-Object for the collections: no argument, a capacity, a collection
  /// to copy, or (sets and dictionaries) a string comparer.
  static func constructCollection(_ type: PSType, _ arguments: [Value]) throws -> Value? {
    guard type.kind == .collection || type.kind == .dictionary else {
      return type.fullName == StringBuilderValue.typeName
        ? try StringBuilderValue.construct(arguments) : nil
    }
    var ignoresCase = false
    var source: Value = .null
    guard arguments.count <= 2 else { throw OperatorErrors.argumentCount("new", arguments.count) }
    for (index, argument) in arguments.enumerated() {
      let value = argument.unwrapped
      if let comparer = StringComparerValue.ignoresCase(value) {
        ignoresCase = comparer
      } else if index == 0, case .int = value {
        continue  // a capacity: storage grows on its own
      } else if index == 0 {
        source = value
      } else {
        throw OperatorErrors.argumentCount("new", arguments.count)
      }
    }
    if type.kind == .dictionary {
      let table = PSHashtable.dictionary(of: type, ignoringCase: ignoresCase)
      if case .hashtable(let other) = source {
        for (key, value) in other.entries { try table.assign(key, value) }
      }
      return .hashtable(table)
    }
    guard type.collectionFlavor == .hashSet else {
      return try (source.isNull ? Value.array([]) : source).convertToCollection(type)
    }
    let set = PSArray([], collectionType: type)
    set.ignoresCase = ignoresCase
    for item in try source.enumerated.map({ try $0.convert(to: type.itemType) })
    where !set.containsItem(item) {
      set.items.append(item)
    }
    return .array(set)
  }
}
