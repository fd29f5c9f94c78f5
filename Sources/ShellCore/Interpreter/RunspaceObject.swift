/// `[runspacefactory]::CreateRunspace()`: a runspace a script opens and hands to a
/// `[powershell]` object (`$ps.Runspace = $rs`), so that several invocations share its
/// variables and functions.
enum RunspaceObject {
  static let factoryTypeName = "System.Management.Automation.Runspaces.RunspaceFactory"

  /// The session a runspace object runs commands in.
  private final class Box {
    let interpreter: Interpreter
    var state = "BeforeOpen"
    init(_ interpreter: Interpreter) { self.interpreter = interpreter }
  }

  /// `[runspacefactory]::CreateRunspace()`: a new runspace made from the session.
  static func create(parent: Interpreter) -> Value {
    make(parent.makeRunspace())
  }

  /// A runspace object for an interpreter (the one a `[powershell]` object made for itself
  /// reports Opened, as pwsh opens it on first use).
  static func make(_ interpreter: Interpreter, state: String = "BeforeOpen") -> Value {
    let box = Box(interpreter)
    box.state = state
    let object = PSObject(typeNames: [
      "System.Management.Automation.Runspaces.LocalRunspace",
      "System.Management.Automation.Runspaces.Runspace", "System.Object",
    ])
    object.base = box
    object.setComputed("RunspaceStateInfo") {
      let info = PSObject(typeNames: [
        "System.Management.Automation.Runspaces.RunspaceStateInfo", "System.Object",
      ])
      info.set("State", .string(box.state))
      return .object(info)
    }
    for (name, state) in [("Open", "Opened"), ("Close", "Closed"), ("Dispose", "Closed")] {
      object.methods[name.lowercased()] = PSMethod(name: name) { arguments in
        guard arguments.isEmpty else { throw OperatorErrors.argumentCount(name, arguments.count) }
        box.state = state
        return .null
      }
    }
    return .object(object)
  }

  /// `[runspacefactory]::CreateRunspacePool(min, max)`: fresh runspaces for `[powershell]`s.
  ///
  /// Each `[powershell]` object the pool is handed gets a runspace of its own. The shell runs
  /// one pipeline at a time, so any maximum is met; the pool reports the sizes it was given.
  static func createPool(parent: Interpreter, _ arguments: [Value]) throws -> Value {
    guard [0, 1, 2].contains(arguments.count) else {
      throw OperatorErrors.argumentCount("CreateRunspacePool", arguments.count)
    }
    let sizes = arguments.map { $0.unwrapped.intValue ?? 0 }
    var minimum = sizes.first ?? 1
    var maximum = sizes.count > 1 ? sizes[1] : 1
    guard minimum >= 1, maximum >= minimum else {
      throw OperatorErrors.methodException(
        "CreateRunspacePool", arguments.count,
        "Cannot create a runspace pool with a minimum of \(minimum) and a maximum of "
          + "\(maximum) runspaces.")
    }
    let pool = PoolBox(parent)
    let object = PSObject(typeNames: [
      "System.Management.Automation.Runspaces.RunspacePool", "System.Object",
    ])
    object.base = pool
    object.setComputed("RunspacePoolStateInfo") {
      let info = PSObject(typeNames: [
        "System.Management.Automation.Runspaces.RunspacePoolStateInfo", "System.Object",
      ])
      info.set("State", .string(pool.state))
      return .object(info)
    }
    for (name, state) in [("Open", "Opened"), ("Close", "Closed"), ("Dispose", "Closed")] {
      object.methods[name.lowercased()] = PSMethod(name: name) { arguments in
        guard arguments.isEmpty else { throw OperatorErrors.argumentCount(name, arguments.count) }
        pool.state = state
        return .null
      }
    }
    object.methods["getminrunspaces"] = PSMethod(name: "GetMinRunspaces") { _ in
      .int(Int32(minimum))
    }
    object.methods["getmaxrunspaces"] = PSMethod(name: "GetMaxRunspaces") { _ in
      .int(Int32(maximum))
    }
    object.methods["getavailablerunspaces"] = PSMethod(name: "GetAvailableRunspaces") { _ in
      .int(Int32(maximum))
    }
    object.methods["setminrunspaces"] = PSMethod(name: "SetMinRunspaces") { arguments in
      let value = arguments.first?.unwrapped.intValue ?? 0
      guard value >= 1, value <= maximum else { return .bool(false) }
      minimum = value
      return .bool(true)
    }
    object.methods["setmaxrunspaces"] = PSMethod(name: "SetMaxRunspaces") { arguments in
      let value = arguments.first?.unwrapped.intValue ?? 0
      guard value >= minimum else { return .bool(false) }
      maximum = value
      return .bool(true)
    }
    return .object(object)
  }

  private final class PoolBox {
    let parent: Interpreter
    var state = "BeforeOpen"
    init(_ parent: Interpreter) { self.parent = parent }
  }

  /// A fresh runspace from a pool object; nil for any other value.
  static func runspace(fromPool value: Value) -> Interpreter? {
    guard case .object(let object) = value, let pool = object.base as? PoolBox else { return nil }
    return pool.parent.makeRunspace()
  }

  /// The interpreter of a runspace object; nil for any other value.
  static func interpreter(of value: Value) -> Interpreter? {
    guard case .object(let object) = value, let box = object.base as? Box else { return nil }
    return box.interpreter
  }
}
