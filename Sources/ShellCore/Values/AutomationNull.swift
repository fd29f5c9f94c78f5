/// What a method declared `void` gives back: PowerShell's AutomationNull, "no value at all".
///
/// It differs from `$null` only where a value is written to a pipeline: `$list.Add(1)` as a
/// statement writes nothing and `@($list.Add(1)).Count` is 0, where `@($null).Count` is 1.
/// Everywhere else (assignment, operators, arguments) the interpreter turns it into `$null`
/// as it leaves the member call, so no other code meets it.
public enum AutomationNull {
  /// The one object that stands for "no value"; recognised by identity.
  static let marker = PSObject(typeNames: [typeName, "System.Object"])
  static let typeName = "System.Management.Automation.Internal.AutomationNull"
}

extension Value {
  /// The result of a void method: nothing, where written to a pipeline; `$null` elsewhere.
  public static var automationNull: Value { .object(AutomationNull.marker) }

  /// True for the result of a void method.
  public var isAutomationNull: Bool {
    if case .object(let object) = self { return object === AutomationNull.marker }
    return false
  }
}
