import Foundation

/// The .NET types a module brings with it (the ADSync module's ScopeCondition and
/// JoinCondition), which `New-Object` and `[T]::new()` construct once the module's commands
/// are registered.
///
/// A type is known by its full name; its constructor gets the arguments and answers nil when
/// none of the type's constructors takes them (New-Object then reports
/// CannotFindAppropriateCtor).
public enum ModuleTypes {
  public typealias Constructor = ([Value]) throws -> Value?

  private static let lock = NSLock()
  nonisolated(unsafe) private static var constructors: [String: (String, Constructor)] = [:]

  /// Makes `fullName` a type scripts can name and construct.
  public static func register(_ fullName: String, _ constructor: @escaping Constructor) {
    lock.lock()
    defer { lock.unlock() }
    constructors[fullName.lowercased()] = (fullName, constructor)
  }

  /// The type registered under that name (case-insensitive), if any.
  static func type(_ written: String) -> PSType? {
    lock.lock()
    defer { lock.unlock() }
    return constructors[written.lowercased()].map { PSType(kind: .other, fullName: $0.0) }
  }

  /// A new instance of a registered type, or nil when it is not registered or no
  /// constructor takes the arguments.
  static func construct(_ fullName: String, _ arguments: [Value]) throws -> Value? {
    lock.lock()
    let constructor = constructors[fullName.lowercased()]?.1
    lock.unlock()
    return try constructor?(arguments)
  }
}
