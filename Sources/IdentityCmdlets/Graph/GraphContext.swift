import Foundation
import IdentityEngine
import ShellCore

/// What every Graph cmdlet needs at hand: the tenant of the interpreter's lab and typed
/// access to its bound parameters.
struct GraphContext {
  let context: CommandContext
  let lab: Lab
  var tenant: Tenant { lab.tenant }

  init(_ context: CommandContext) throws {
    self.context = context
    lab = try ADSession.of(context).lab(context)
  }

  /// A string parameter, if bound and not null.
  func string(_ name: String) -> String? {
    context.parameters[name].flatMap { $0.isNull ? nil : $0.toText() }
  }

  /// A string-array parameter; `-Property 'a,b'` and `-Property a,b` both give `[a, b]`.
  func list(_ name: String) -> [String]? {
    context.parameters[name].map { value in
      value.enumerated.flatMap { $0.toText().split(separator: ",") }
        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
  }

  /// A switch or bool parameter: nil when not given, else its state (`-MailEnabled:$false`).
  func flag(_ name: String) -> Bool? { context.parameters[name].map(\.isTruthy) }

  /// An int parameter, if bound.
  func int(_ name: String) -> Int? { context.parameters[name].flatMap(\.intValue) }

  /// The -BodyParameter hashtable's entries by lowercased key.
  func body() -> [String: Value] {
    guard case .hashtable(let table)? = context.parameters["BodyParameter"] else { return [:] }
    var result: [String: Value] = [:]
    for (key, value) in table.entries { result[key.toText().lowercased()] = value }
    return result
  }

  /// The SDK's operation name for a create: `<Command>_Create` when the object comes as
  /// `-BodyParameter`, `<Command>_CreateExpanded` when it comes as separate parameters.
  func createOperation(_ command: String) -> String {
    context.parameters.contains("BodyParameter")
      ? "\(command)_Create" : "\(command)_CreateExpanded"
  }

  /// Runs a request, turning its failures into the errors the SDK writes.
  ///
  /// `name` is the v1.0 operation; a beta twin reports it under its beta name.
  ///
  /// A `TenantError`, `ODataFilterError` or `GraphFailure` becomes the SDK's non-terminating
  /// error for `operation`, and the cmdlet goes on (returns nil). A `LabError`
  /// (the lab file busy, read-only or damaged) is terminating: no request can go on.
  func request<T>(_ name: String, _ body: () throws -> T) throws -> T? {
    let operation = GraphEndpoint.isBeta ? GraphEndpoint.betaName(name) : name
    do {
      return try body()
    } catch let failure as GraphFailure {
      try context.writeError(failure.record(context, operation: operation), keepPosition: true)
    } catch let error as TenantError {
      try context.writeError(
        GraphFailure(error).record(context, operation: operation), keepPosition: true)
    } catch let error as ODataFilterError {
      try context.writeError(
        GraphFailure(error).record(context, operation: operation), keepPosition: true)
    } catch let error as TenantPredicateSQL.Unsupported {
      try context.writeError(
        GraphFailure(
          code: "Request_UnsupportedQuery",
          message: "Unsupported query filter clause for property '\(error.property)'."
        ).record(context, operation: operation), keepPosition: true)
    } catch let error as LabError {
      throw LabErrors.terminating(context, error, target: .null)
    }
    return nil
  }

  /// Writes each object to the pipeline.
  func write(_ objects: [PSObject]) throws {
    for object in objects { try context.write(.object(object)) }
  }

  /// Sets `-CountVariable` in the caller's scope, when given.
  func setCount(_ count: Int) {
    guard let name = string("CountVariable") else { return }
    _ = context.scope.set(name, .integer(count))
  }
}
