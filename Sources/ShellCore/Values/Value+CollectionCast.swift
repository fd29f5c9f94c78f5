/// Casts to the .NET collections (`[System.Collections.ArrayList]$x`,
/// `[System.Collections.Generic.List[int]]@('1', '2')`), as PowerShell converts through the
/// collection's constructor that takes an enumerable.
extension Value {
  /// A new collection of `type` holding this value's items converted to its item type; the
  /// value itself when it already is one; `$null` stays `$null`.
  func convertToCollection(_ type: PSType) throws -> Value? {
    switch self {
    case .null: return .null
    case .array(let array) where array.collectionType == type: return self
    case .hashtable(let table) where table.dictionaryType == type: return self
    default: break
    }
    if type.kind == .dictionary {
      guard case .hashtable(let table) = self else { return nil }
      let dictionary = PSHashtable.dictionary(of: type)
      for (key, value) in table.entries { try dictionary.assign(key, value) }
      return .hashtable(dictionary)
    }
    guard let flavor = type.collectionFlavor else { return nil }
    let items = try enumerated.map { try $0.convert(to: type.itemType) }
    switch flavor {
    case .hashSet:
      let set = PSArray([], collectionType: type)
      for item in items where !set.containsItem(item) { set.items.append(item) }
      return .array(set)
    case .stack, .genericStack:
      // A stack built from a sequence pops its last item first; items are kept top first.
      return .array(PSArray(items.reversed(), collectionType: type))
    default:
      return .array(PSArray(items, collectionType: type))
    }
  }
}

extension PSHashtable {
  /// An empty `Dictionary[K,V]`: string keys compare ordinally unless a comparer says otherwise.
  static func dictionary(of type: PSType, ignoringCase: Bool = false) -> PSHashtable {
    PSHashtable(dictionaryType: type, isCaseSensitive: !ignoringCase)
  }

  /// Sets an entry, converting key and value to a generic dictionary's types (a plain
  /// hashtable takes them as they are).
  public func assign(_ key: Value, _ value: Value) throws {
    guard let type = dictionaryType else {
      self[key] = value
      return
    }
    if key.isNull {
      throw RuntimeError.make(
        "ArgumentNullException", "Value cannot be null. (Parameter 'key')",
        category: .invalidArgument, exceptionType: "System.ArgumentNullException")
    }
    let keyType = type.genericArguments.first ?? .object
    self[try key.convert(to: keyType)] = try value.convert(to: type.dictionaryValueType)
  }
}

extension PSArray {
  /// Whether the collection holds an item equal to `item` as .NET's default comparer sees it
  /// (strings ordinally, unless a set was made with an ignore-case comparer).
  func containsItem(_ item: Value) -> Bool {
    items.contains { Value.dotNetEquals($0, item, ignoringCase: ignoresCase) }
  }
}

extension Value {
  /// .NET's `Equals` between two items: same type and same value (strings ordinally).
  static func dotNetEquals(_ left: Value, _ right: Value, ignoringCase: Bool = false) -> Bool {
    let lhs = left.unwrapped
    let rhs = right.unwrapped
    if lhs.isNull || rhs.isNull { return lhs.isNull && rhs.isNull }
    guard lhs.dotNetType.fullName == rhs.dotNetType.fullName else { return false }
    return Operators.areEqual(lhs, rhs, caseSensitive: !ignoringCase)
  }
}
