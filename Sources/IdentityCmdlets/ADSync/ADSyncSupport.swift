import Foundation
import IdentityEngine
import ShellCore

/// What the ADSync cmdlets share: the lab's sync service, engine-error mapping and the
/// module's object type names.
enum ADSync {
  static let module = "ADSync"
  static let model = "Microsoft.IdentityManagement.PowerShell.ObjectModel."
  /// A `[Guid]` parameter: the binder rejects text that is not a GUID, as pwsh does.
  static let guidType = ParameterType.typed(PSType(kind: .guid, fullName: "System.Guid"))

  /// The lab's sync service, opening the lab on first use.
  static func service(_ context: CommandContext) throws -> SyncService {
    try ADSession.of(context).lab(context).sync
  }

  /// Runs an engine call, turning `SyncError`s into the module's errors.
  static func run<T>(_ context: CommandContext, target: Value = .null, _ body: () throws -> T)
    throws -> T
  {
    do {
      return try body()
    } catch let error as SyncError {
      throw RuntimeError(record(context, error, target: target))
    } catch let error as RuntimeError {
      throw error
    } catch {
      throw ADErrors.terminating(context, error, target: target)
    }
  }

  /// The record the ADSync module writes for an engine error.
  static func record(_ context: CommandContext, _ error: SyncError, target: Value) -> ErrorRecord {
    let invalid = "System.InvalidOperationException"
    let argument = "System.ArgumentException"
    switch error {
    case .noSuchRule(let id):
      return context.errorRecord(
        "Microsoft.IdentityManagement.PowerShell.Cmdlet.GetADSyncRuleCmdlet",
        "Unable to find synchronization rule with identifier: \(id)",
        category: .objectNotFound, target: target, exceptionType: argument)
    case .noSuchConnector(let name):
      return context.errorRecord(
        "Microsoft.IdentityManagement.PowerShell.Cmdlet.GetADSyncConnectorCmdlet",
        "Unable to find connector: \(name)", category: .objectNotFound, target: target,
        exceptionType: argument)
    case .noSuchCSObject(let id), .noSuchMVObject(let id):
      return context.errorRecord(
        argument, "Unable to find object: \(id)", category: .objectNotFound, target: target,
        exceptionType: argument)
    case .invalidRule(let reason):
      return context.errorRecord(
        argument, "The synchronization rule is not valid: \(reason)",
        category: .invalidArgument, target: target, exceptionType: argument)
    case .invalidExpression(let text):
      return context.errorRecord(
        argument, "The expression could not be parsed: \(text)", category: .invalidArgument,
        target: target, exceptionType: argument)
    case .unsupportedFunction(let name, let text):
      return context.errorRecord(
        argument,
        "The expression calls the function '\(name)', which the lab's sync engine does not "
          + "evaluate: \(text)", category: .invalidArgument, target: target,
        exceptionType: argument)
    case .schedulerSuspended:
      return context.errorRecord(
        invalid,
        "System.InvalidOperationException: Scheduler is already suspended via global "
          + "parameters.", category: .writeError, target: target, exceptionType: invalid)
    case .connectorBusy(let name):
      return context.errorRecord(
        invalid, "System.InvalidOperationException: Connector: \(name) is busy.",
        category: .writeError, target: target, exceptionType: invalid)
    case .deletionThresholdExceeded(let connector, let pending, let threshold):
      return context.errorRecord(
        invalid,
        "Prevent Accidental Deletes: The number of deletions for this sync cycle (\(pending) "
          + "pending deletes) has exceeded the current threshold of \(threshold) objects. "
          + "Deletions will be suppressed for this sync cycle. Export on '\(connector)' "
          + "stopped: stopped-deletion-threshold-exceeded.",
        category: .limitsExceeded, target: target, exceptionType: invalid)
    case .unreadableRule(let identifier, let name, let reason):
      let named = name.map { "'\($0)' " } ?? ""
      return context.errorRecord(
        invalid,
        "The synchronization rule \(named)(\(identifier)) stored in the lab cannot be read: "
          + "\(reason). Nothing was run; Reset-ADLab -Force seeds the lab again.",
        category: .invalidData, target: target, exceptionType: invalid)
    case .unreadableStoredValue(let table, let row, let column):
      return context.errorRecord(
        invalid,
        "The lab's \(table) row \(row) holds a \(column) value this adsh cannot read. Nothing "
          + "was run; Reset-ADLab -Force seeds the lab again.",
        category: .invalidData, target: target, exceptionType: invalid)
    case .invalidPartitionScope(let reason):
      return context.errorRecord(
        argument, reason, category: .invalidArgument, target: target, exceptionType: argument)
    case .invalidValue(let name, let value):
      return context.errorRecord(
        argument, "Cannot bind parameter '\(name)'. The value '\(value)' is not valid.",
        category: .invalidArgument, target: target, exceptionType: argument)
    }
  }

  /// A PSObject of one ObjectModel type with properties in order.
  static func object(_ type: String, _ properties: [(String, Value)]) -> PSObject {
    let object = PSObject(typeNames: [model + type, "System.Object"])
    for (name, value) in properties { object.set(name, value) }
    return object
  }

  static func bool(_ value: Bool) -> Value { .bool(value) }

  /// A System.Guid value: it prints as the GUID and has the `.Guid` property scripts read.
  static func guid(_ text: String) -> Value {
    let object = PSObject(typeNames: ["System.Guid", "System.ValueType", "System.Object"])
    object.set("Guid", .string(text))
    object.stringValue = { text }
    return .object(object)
  }

  /// A `[bool]` parameter, if bound.
  static func flag(_ context: CommandContext, _ name: String) -> Bool? {
    context.parameters[name].flatMap { $0.isNull ? nil : $0.isTruthy }
  }

  /// A string parameter, if bound.
  static func string(_ context: CommandContext, _ name: String) -> String? {
    context.parameters[name].flatMap { $0.isNull ? nil : $0.toText() }
  }
}
