import Collections

/// A PowerShell object: an ordered bag of properties with a list of type names.
///
/// Every non-primitive value the shell shows is a PSObject: `[pscustomobject]@{}`, cmdlet
/// output such as AD groups, error records. Type names (most derived first) pick format views,
/// as `PSTypeNames` does in PowerShell.
public final class PSObject {
  public var typeNames: [String]
  /// Properties by lowercased name, in the order they were added.
  public private(set) var properties: OrderedDictionary<String, PSProperty> = [:]
  /// Methods by lowercased name; `ToString` is looked up here before the default.
  public var methods: [String: PSMethod] = [:]
  /// The property names shown by default (PowerShell's DefaultDisplayPropertySet); nil for all.
  public var defaultDisplayPropertySet: [String]?
  /// A native value this object wraps (an error record, a regex match), for cmdlets that know it.
  public var base: AnyObject?
  /// The primitive this object wraps, such as a number typed as a command argument that
  /// remembers its spelling (`Write-Output 0x10` prints `0x10` but adds like 16).
  public var baseValue: Value?
  /// Text for `ToString()` and string conversion; nil gives `@{a=1; b=2}`.
  public var stringValue: (() -> String)?

  public init(
    typeNames: [String] = ["System.Management.Automation.PSCustomObject", "System.Object"]
  ) {
    self.typeNames = typeNames
  }

  /// The most derived type name, for example `System.Management.Automation.PSCustomObject`.
  public var typeName: String { typeNames.first ?? "System.Object" }

  public func property(_ name: String) -> PSProperty? { properties[name.lowercased()] }

  /// The value of a property, or nil when the object has no such property.
  public func value(of name: String) -> Value? { properties[name.lowercased()]?.value }

  /// Adds a property or replaces the value of an existing one (keeping its position).
  public func set(_ name: String, _ value: Value) {
    let key = name.lowercased()
    if var existing = properties[key] {
      if let setter = existing.setter {
        setter(value)
      } else {
        existing.storedValue = value
        properties[key] = existing
      }
    } else {
      properties[key] = PSProperty(name: name, value: value)
    }
  }

  /// Adds a property computed on each read (a ScriptProperty or CodeProperty).
  public func setComputed(
    _ name: String, getter: @escaping () -> Value, setter: ((Value) -> Void)? = nil
  ) {
    var property = PSProperty(name: name, value: .null)
    property.getter = getter
    property.setter = setter
    properties[name.lowercased()] = property
  }

  public func removeProperty(_ name: String) { properties.removeValue(forKey: name.lowercased()) }

  /// Sets the member type and definition Get-Member shows for a property, such as an
  /// AliasProperty `N = Name` that Add-Member created.
  public func describeProperty(_ name: String, memberType: String, definition: String) {
    let key = name.lowercased()
    guard var property = properties[key] else { return }
    property.memberType = memberType
    property.definition = definition
    properties[key] = property
  }

  /// Property names in order, as written when they were added.
  public var propertyNames: [String] { properties.values.map(\.name) }

  /// A shallow copy: same property values, new bag (PSObject.Copy()).
  public func copy() -> PSObject {
    let clone = PSObject(typeNames: typeNames)
    clone.properties = properties
    clone.methods = methods
    clone.defaultDisplayPropertySet = defaultDisplayPropertySet
    clone.base = base
    clone.stringValue = stringValue
    clone.baseValue = baseValue
    return clone
  }
}

/// One property of a PSObject: a stored note property or a computed one.
public struct PSProperty {
  public let name: String
  var storedValue: Value
  var getter: (() -> Value)?
  var setter: ((Value) -> Void)?
  /// The member type Get-Member shows when it is not NoteProperty or ScriptProperty.
  public var memberType: String?
  /// The definition Get-Member shows, when the member's creator knows it.
  public var definition: String?

  public init(name: String, value: Value) {
    self.name = name
    self.storedValue = value
  }

  public var value: Value { getter?() ?? storedValue }
  public var isComputed: Bool { getter != nil }
}

/// A method of a PSObject: receives the arguments already evaluated.
public struct PSMethod {
  public let name: String
  public let invoke: ([Value]) throws -> Value
  /// The definition Get-Member shows for a ScriptMethod; nil for the built-in methods a cmdlet
  /// gives its objects, which Get-Member does not list.
  public var definition: String?

  public init(
    name: String, definition: String? = nil, invoke: @escaping ([Value]) throws -> Value
  ) {
    self.name = name
    self.definition = definition
    self.invoke = invoke
  }
}
