import Foundation

/// System.Management.Automation.Internal.InternalTestHooks: switches PowerShell's own tests
/// set to reach behaviour they could not otherwise (`SetTestHook('SetConsoleWidthToZero',
/// $true)`).
///
/// Like pwsh's static fields they are process-wide; a name that is no hook is ignored, as
/// pwsh's SetTestHook ignores a field it does not find. Only the hooks the formatter reads
/// are kept.
public enum InternalTestHooks {
  public static let typeName = "System.Management.Automation.Internal.InternalTestHooks"

  /// The hooks this shell reads: Format-List labels at most 10 cells wide, and a console
  /// whose width reads as 0 (so that output takes the default width of 120).
  static let known = ["ForceFormatListFixedLabelWidth", "SetConsoleWidthToZero"]

  private static let lock = NSLock()
  nonisolated(unsafe) private static var values: [String: Bool] = [:]

  /// The value of a hook; false until a test sets it.
  public static func isSet(_ name: String) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    return values[name] ?? false
  }

  /// `[InternalTestHooks]::SetTestHook(name, value)`.
  static func call(_ call: MethodCall) throws -> Value? {
    guard call.key == "settesthook" else { return nil }
    try call.expect(2)
    let name = call.string(0)
    guard let hook = known.first(where: { $0 == name }) else { return .automationNull }
    lock.lock()
    values[hook] = call.arguments[1].isTruthy
    lock.unlock()
    return .automationNull
  }
}
