import Collections

/// A PowerShell hashtable (`@{}`) or ordered dictionary (`[ordered]@{}`).
///
/// Keys compare as PowerShell's default hashtable does: strings case-insensitively, numbers by
/// value. Entries keep insertion order in both kinds, which gives stable output where
/// PowerShell's order is unspecified.
public final class PSHashtable {
  public private(set) var storage: OrderedDictionary<HashKey, (key: Value, value: Value)> = [:]
  /// True for `[ordered]` (an OrderedDictionary), which changes only its type name.
  public var isOrdered: Bool
  /// The generic `Dictionary[K,V]` this table stands for; nil for a hashtable.
  public var dictionaryType: PSType?
  /// True when string keys compare ordinally (a generic Dictionary's default comparer).
  public let isCaseSensitive: Bool

  /// True for pwsh's OrderedHashtable (ConvertFrom-Json -AsHashtable): a Hashtable by type
  /// that keeps its keys in order, as every table here does.
  public var isOrderedHashtable = false
  public init(isOrdered: Bool = false, dictionaryType: PSType? = nil, isCaseSensitive: Bool = false)
  {
    self.isOrdered = isOrdered
    self.dictionaryType = dictionaryType
    self.isCaseSensitive = isCaseSensitive
  }

  private func hashKey(_ key: Value) -> HashKey {
    HashKey(key, caseSensitive: isCaseSensitive)
  }

  public var count: Int { storage.count }
  public var keys: [Value] { storage.values.map(\.key) }
  public var values: [Value] { storage.values.map(\.value) }
  public var entries: [(key: Value, value: Value)] { Array(storage.values) }

  public subscript(key: Value) -> Value? {
    get { storage[hashKey(key)]?.value }
    set {
      let hashKey = hashKey(key)
      if let newValue {
        if let existing = storage[hashKey] {
          storage[hashKey] = (existing.key, newValue)
        } else {
          storage[hashKey] = (key, newValue)
        }
      } else {
        storage.removeValue(forKey: hashKey)
      }
    }
  }

  public subscript(name: String) -> Value? {
    get { self[.string(name)] }
    set { self[.string(name)] = newValue }
  }

  public func containsKey(_ key: Value) -> Bool { storage[hashKey(key)] != nil }

  public func copy() -> PSHashtable {
    let clone = PSHashtable(
      isOrdered: isOrdered, dictionaryType: dictionaryType, isCaseSensitive: isCaseSensitive)
    clone.isOrderedHashtable = isOrderedHashtable
    clone.storage = storage
    return clone
  }

  public func removeAll() { storage.removeAll() }
}

/// The identity of a hashtable key: strings fold case, integers compare by value.
public enum HashKey: Hashable {
  case string(String)
  case integer(Int64)
  case double(Double)
  case bool(Bool)
  case timeSpan(Int64)
  case dateTime(Int64)
  case reference(ObjectIdentifier)
  case null

  public init(_ value: Value, caseSensitive: Bool = false) {
    switch value {
    case .string(let text): self = .string(caseSensitive ? text : text.lowercased())
    case .char(let character):
      self = .string(caseSensitive ? String(character) : String(character).lowercased())
    case .int(let number): self = .integer(Int64(number))
    case .long(let number): self = .integer(number)
    case .double(let number):
      if let exact = Int64(exactly: number) {
        self = .integer(exact)
      } else {
        self = .double(number)
      }
    case .decimal(let number): self = .double(NSDecimalNumberBridge.double(number))
    case .bool(let flag): self = .bool(flag)
    case .array(let array): self = .reference(ObjectIdentifier(array))
    case .hashtable(let table): self = .reference(ObjectIdentifier(table))
    case .object(let object): self = .reference(ObjectIdentifier(object))
    case .scriptBlock(let block): self = .reference(ObjectIdentifier(block))
    case .type(let type): self = .string("[type]" + type.fullName.lowercased())
    case .dateTime(let date): self = .dateTime(date.ticks)
    case .timeSpan(let span): self = .timeSpan(span.ticks)
    case .null: self = .null
    }
  }
}
