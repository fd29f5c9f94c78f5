/// What the sync engine refuses, as plain values; IdentityCmdlets maps them to the text the
/// ADSync module prints.
public enum SyncError: Error, Equatable, Sendable {
  /// No rule with that identifier.
  case noSuchRule(String)
  /// No connector with that name or identifier.
  case noSuchConnector(String)
  /// No connector-space object with that identifier or DN.
  case noSuchCSObject(String)
  /// No metaverse object with that identifier.
  case noSuchMVObject(String)
  /// A rule whose fields do not make a valid rule (bad connector, empty name...).
  case invalidRule(String)
  /// An attribute-flow expression that does not parse.
  case invalidExpression(String)
  /// An attribute-flow expression calling a function the lab does not evaluate.
  case unsupportedFunction(name: String, expression: String)
  /// Start-ADSyncSyncCycle while the scheduler is suspended.
  case schedulerSuspended
  /// Start-ADSyncSyncCycle while a cycle runs.
  case connectorBusy(String)
  /// An export that would delete more objects than the threshold allows.
  case deletionThresholdExceeded(connector: String, pending: Int, threshold: Int)
  /// An OU filter the AD partition cannot take, with the reason (a container outside the
  /// domain, an exclusion outside every inclusion, no inclusion).
  case invalidPartitionScope(String)
  /// A value a setting does not take (an interval, a policy type).
  case invalidValue(name: String, value: String)
  /// A stored sync rule whose JSON body does not decode: named by its identifier (and its
  /// name when the body still shows one), never skipped.
  case unreadableRule(identifier: String, name: String?, reason: String)
  /// A stored JSON column of a connector-space, metaverse or run-history row that does not
  /// decode.
  case unreadableStoredValue(table: String, row: Int64, column: String)
}
