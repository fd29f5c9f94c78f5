import Foundation

/// A PowerShell value.
///
/// Numbers, strings, booleans, dates and time spans are values; arrays, hashtables, objects and
/// script blocks are references, as in .NET (`$b = $a; $b[0] = 1` changes `$a`).
public enum Value {
  case null
  case bool(Bool)
  case int(Int32)
  case long(Int64)
  case double(Double)
  case decimal(Decimal)
  case string(String)
  case char(Character)
  /// A DateTime: exact ticks on the wall clock and a kind.
  case dateTime(DateTimeValue)
  case timeSpan(TimeSpan)
  case array(PSArray)
  case hashtable(PSHashtable)
  case object(PSObject)
  case scriptBlock(ScriptBlock)
  case type(PSType)

  /// Wraps a Swift integer as `int` when it fits in 32 bits, else `long` (PowerShell's literal
  /// rule).
  public static func integer(_ value: Int) -> Value {
    if let small = Int32(exactly: value) { return .int(small) }
    return .long(Int64(value))
  }

  public static func array(_ items: [Value]) -> Value { .array(PSArray(items)) }

  /// A DateTime reading an instant on the local wall clock (Local kind unless told).
  public static func date(_ date: Date, kind: DateTimeKind = .local) -> Value {
    .dateTime(DateTimeValue(local: date, kind: kind))
  }

  public var isNull: Bool {
    if case .null = self { return true }
    return false
  }

  /// True for values PowerShell enumerates in a pipeline or a `foreach` (arrays only; a hashtable
  /// is one object unless `.GetEnumerator()` is called).
  public var isEnumerable: Bool {
    if case .array = self { return true }
    return false
  }

  /// The elements when enumerated: an array's items, nothing for `$null` or a void method's
  /// result, else the value itself.
  public var enumerated: [Value] {
    switch self {
    case .array(let array): return array.items
    case .null: return []
    case .object(let object) where object === AutomationNull.marker: return []
    default: return [self]
    }
  }

  /// True for the number types, which the formatter right-aligns and arithmetic accepts.
  public var isNumeric: Bool {
    switch self {
    case .int, .long, .double, .decimal: return true
    default: return false
    }
  }

  /// The primitive under a wrapping PSObject (see `PSObject.baseValue`), else the value itself.
  public var unwrapped: Value {
    if case .object(let object) = self, let base = object.baseValue { return base }
    return self
  }

  /// A number that prints as it was written (`0x10`, `1kb`, `007`) but computes as its value.
  public static func numberWithText(_ number: Value, text: String) -> Value {
    guard number.toText() != text else { return number }
    let object = PSObject(typeNames: number.typeNameChain)
    object.baseValue = number
    object.stringValue = { text }
    return .object(object)
  }

  /// The underlying object when this value wraps a PSObject.
  public var psObject: PSObject? {
    if case .object(let object) = self { return object }
    return nil
  }
}

/// A .NET `object[]`: fixed-size by contract, but shared by reference.
public final class PSArray {
  public var items: [Value] {
    didSet { onChange?(items) }
  }
  /// Called after every change of `items`, for a collection that stands for live state
  /// (`$object.PSTypeNames.Insert(0, 'X')` renames the object's type).
  public var onChange: (([Value]) -> Void)?
  /// The property a string index finds an item by, for the .NET keyed collections cmdlets
  /// return (`$gs.Parameters['Microsoft.Synchronize.StagingMode']`); nil for plain arrays.
  public var keyProperty: String?
  /// The .NET collection this array stands for (a `List[string]`, an ArrayList, a
  /// `HashSet[int]`); nil for a plain `object[]`.
  public var collectionType: PSType?
  /// True for a HashSet made with an ignore-case string comparer
  /// (`[StringComparer]::OrdinalIgnoreCase`).
  public var ignoresCase = false
  /// Methods of a collection that stands for live state (`.PSObject.Properties.Remove('x')`),
  /// by lowercased name; they come before the array's own.
  public var methods: [String: PSMethod] = [:]

  public init(_ items: [Value] = [], keyProperty: String? = nil, collectionType: PSType? = nil) {
    self.items = items
    self.keyProperty = keyProperty
    self.collectionType = collectionType
  }
}
