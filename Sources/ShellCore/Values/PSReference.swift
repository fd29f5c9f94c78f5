/// `[ref]`: a reference to a variable (`[ref]$count`) or to a value, whose `.Value` reads and
/// writes through; .NET methods with `out` parameters (`TryGetValue($key, [ref]$value)`) and
/// functions with `[ref]` parameters write their results through it.
public enum PSReference {
  public static let typeName = "System.Management.Automation.PSReference"

  /// A reference whose Value is read and written by the given closures (a variable).
  public static func make(get: @escaping () -> Value, set: @escaping (Value) -> Void) -> Value {
    let reference = PSObject(typeNames: [typeName, "System.Object"])
    reference.setComputed("Value", getter: get, setter: set)
    reference.stringValue = { typeName }
    return .object(reference)
  }

  /// A reference that holds a value of its own (`[ref]5`, `[ref]$obj.Property`).
  public static func holding(_ value: Value) -> Value {
    let box = Box(value)
    return make(get: { box.value }, set: { box.value = $0 })
  }

  /// The reference object when `value` is a `[ref]`, else nil.
  public static func target(of value: Value) -> PSObject? {
    guard case .object(let object) = value, object.typeName == typeName else { return nil }
    return object
  }

  private final class Box {
    var value: Value
    init(_ value: Value) { self.value = value }
  }
}
