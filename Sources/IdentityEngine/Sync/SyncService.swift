import Foundation
import GRDB

/// A connector as Get-ADSyncConnector shows it.
public struct SyncConnector: Sendable, Equatable {
  public enum Kind: String, Sendable {
    case activeDirectory = "AD"
    case entra = "AAD"
  }

  public var identifier: String
  public var name: String
  public var kind: Kind
  /// The scheduler's override: the next cycle runs a Full Synchronization on this connector
  /// (set when one of its rules is saved or removed, or by Set-ADSyncSchedulerConnectorOverride).
  public var fullSyncRequired: Bool
  /// The scheduler's override: the next cycle runs a Full Import on this connector.
  public var fullImportRequired: Bool = false

  public var connectorTypeName: String { kind == .activeDirectory ? "AD" : "Extensible2" }
  public var subtype: String {
    kind == .activeDirectory ? "" : "Windows Azure Active Directory (Microsoft)"
  }
  public var type: String { kind == .activeDirectory ? "AD" : "Extensible2" }
  public var runProfileNames: [String] { RunProfile.allCases.map(\.name) }
}

/// The Connect sync service of the lab: its configuration, rules, connector spaces,
/// metaverse and run history, all in the lab's store.
///
/// Each configuration change is one transaction; each run step of a cycle is one
/// transaction too, so a failed step leaves the earlier ones done, as the real service does.
public final class SyncService {
  public let store: LabStore
  /// The clock for run history and scheduler times.
  public var now: () -> Date = { Date() }
  /// The tenant side; nil reads the lab's Entra tenant (tests may plug in another).
  public var cloud: (any ConnectedDirectory)?
  /// The run step a cycle of this service is running, nil between cycles.
  ///
  /// The lab runs a cycle inside the command that starts it, so only the cycle's own progress
  /// reports (and code they call) ever see it set.
  var currentStep: SyncCycleStep?
  /// The marker of the cycle this service is running in a lab file (SyncService+Stopping).
  var runningMarker: CycleMarker?

  public init(store: LabStore) { self.store = store }

  // MARK: Global settings

  public func globalSettings() throws -> GlobalSettings {
    try store.read { db in try Self.globalSettings(db) }
  }

  static func globalSettings(_ db: Database) throws -> GlobalSettings {
    let rows = try Row.fetchAll(
      db, sql: "SELECT name, value FROM sync_parameter ORDER BY position")
    return GlobalSettings(
      version: Int(try LabStore.setting(db, "sync.settings.version") ?? "") ?? 1,
      sqlSchemaVersion: 616,
      instanceId: try LabStore.setting(db, "sync.instance") ?? "",
      parameters: try rows.map {
        ConfigurationParameter(
          name: try $0.decode(forColumn: "name"), value: try $0.decode(forColumn: "value"))
      })
  }

  /// Saves every parameter (adding new ones at the end) and bumps the version.
  public func setGlobalSettings(_ settings: GlobalSettings) throws {
    try store.write { db in
      for parameter in settings.parameters {
        try Self.setParameter(db, parameter.name, parameter.value)
      }
      let version = Int(try LabStore.setting(db, "sync.settings.version") ?? "") ?? 1
      try LabStore.setSetting(db, "sync.settings.version", String(version + 1))
    }
  }

  static func parameter(_ db: Database, _ name: String) throws -> String? {
    try String.fetchOne(
      db, sql: "SELECT value FROM sync_parameter WHERE name = ?", arguments: [name])
  }

  static func setParameter(_ db: Database, _ name: String, _ value: String) throws {
    let position =
      try Int.fetchOne(
        db, sql: "SELECT position FROM sync_parameter WHERE name = ?", arguments: [name])
      ?? (try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(position), 0) + 1 FROM sync_parameter")
        ?? 1)
    try db.execute(
      sql: "INSERT OR REPLACE INTO sync_parameter(name, position, value) VALUES (?, ?, ?)",
      arguments: [name, position, value])
  }

  static func flag(_ db: Database, _ name: String) throws -> Bool {
    try parameter(db, name)?.lowercased() == "true"
  }

  // MARK: Scheduler

  /// The scheduler's settings; SyncCycleInProgress is also true while this service, or
  /// another shell on the same lab, runs a cycle.
  public func scheduler() throws -> SchedulerSettings {
    var settings = try store.read { db in try Self.scheduler(db) }
    if currentStep != nil || isCycleRunningElsewhere { settings.syncCycleInProgress = true }
    return settings
  }

  static func scheduler(_ db: Database) throws -> SchedulerSettings {
    let allowed = 1800
    let custom = try LabStore.setting(db, "sync.scheduler.custom").flatMap {
      $0.isEmpty ? nil : TimeSpanText.seconds($0)
    }
    let next = try parameter(db, SyncParameter.nextStart).flatMap {
      RFC1123.formatter.date(from: $0)
    }
    return SchedulerSettings(
      allowedSyncCycleInterval: TimeSpanText.format(allowed),
      currentlyEffectiveSyncCycleInterval: TimeSpanText.format(max(custom ?? allowed, allowed)),
      customizedSyncCycleInterval: custom.map(TimeSpanText.format),
      nextSyncCyclePolicyType: try parameter(db, SyncParameter.policy) ?? "Delta",
      nextSyncCycleStartTimeInUTC: next ?? Date(timeIntervalSince1970: 0),
      purgeRunHistoryInterval: try parameter(db, SyncParameter.purge) ?? "7.00:00:00",
      syncCycleEnabled: try LabStore.setting(db, "sync.scheduler.enabled") != "False",
      maintenanceEnabled: try flag(db, SyncParameter.maintenance),
      stagingModeEnabled: try flag(db, SyncParameter.stagingMode),
      schedulerSuspended: try flag(db, SyncParameter.suspended),
      syncCycleInProgress: try LabStore.setting(db, "sync.scheduler.running") == "True")
  }

  /// The scheduler settings Set-ADSyncScheduler may change; nil leaves one as it is.
  public struct SchedulerChange: Sendable {
    public var customizedSyncCycleInterval: String?
    public var syncCycleEnabled: Bool?
    public var nextSyncCyclePolicyType: String?
    public var purgeRunHistoryInterval: String?
    public var maintenanceEnabled: Bool?
    public var schedulerSuspended: Bool?

    public init() {}
  }

  public func setScheduler(_ change: SchedulerChange) throws {
    if let interval = change.customizedSyncCycleInterval, TimeSpanText.seconds(interval) == nil {
      throw SyncError.invalidValue(name: "CustomizedSyncCycleInterval", value: interval)
    }
    if let purge = change.purgeRunHistoryInterval, TimeSpanText.seconds(purge) == nil {
      throw SyncError.invalidValue(name: "PurgeRunHistoryInterval", value: purge)
    }
    try store.write { db in
      if let interval = change.customizedSyncCycleInterval,
        let seconds = TimeSpanText.seconds(interval)
      {
        try LabStore.setSetting(db, "sync.scheduler.custom", TimeSpanText.format(seconds))
      }
      if let enabled = change.syncCycleEnabled {
        try LabStore.setSetting(db, "sync.scheduler.enabled", enabled ? "True" : "False")
      }
      if let policy = change.nextSyncCyclePolicyType {
        try Self.setParameter(db, SyncParameter.policy, policy)
      }
      if let purge = change.purgeRunHistoryInterval, let seconds = TimeSpanText.seconds(purge) {
        try Self.setParameter(db, SyncParameter.purge, TimeSpanText.format(seconds))
      }
      if let maintenance = change.maintenanceEnabled {
        try Self.setParameter(db, SyncParameter.maintenance, maintenance ? "True" : "False")
      }
      if let suspended = change.schedulerSuspended {
        try Self.setParameter(db, SyncParameter.suspended, suspended ? "True" : "False")
      }
    }
  }

  // MARK: Company features and the deletion threshold

  public func companyFeatures() throws -> CompanyFeatures {
    try store.read { db in
      func value(_ key: String) throws -> Bool {
        try LabStore.setting(db, "sync.feature." + key) == "True"
      }
      return CompanyFeatures(
        passwordHashSync: try value("PasswordHashSync"),
        forcePasswordChangeOnLogOn: try value("ForcePasswordChangeOnLogOn"),
        userWriteback: try value("UserWriteback"), deviceWriteback: try value("DeviceWriteback"),
        unifiedGroupWriteback: try value("UnifiedGroupWriteback"),
        groupWritebackV2: try value("GroupWritebackV2"))
    }
  }

  /// Sets one feature by its Get-ADSyncAADCompanyFeature name.
  public func setCompanyFeature(_ name: String, _ value: Bool) throws {
    guard let key = CompanyFeatures.keys.first(where: { $0.lowercased() == name.lowercased() })
    else { throw SyncError.invalidValue(name: "Feature", value: name) }
    try store.write { db in
      try LabStore.setSetting(db, "sync.feature." + key, value ? "True" : "False")
      if key == "GroupWritebackV2" { try Self.setParameter(db, SyncParameter.policy, "Initial") }
    }
  }

  public func deletionThreshold() throws -> DeletionThreshold {
    try store.read { db in try Self.deletionThreshold(db) }
  }

  static func deletionThreshold(_ db: Database) throws -> DeletionThreshold {
    DeletionThreshold(
      isEnabled: try LabStore.setting(db, "sync.deletion.enabled") != "False",
      count: Int(try parameter(db, SyncParameter.thresholdValue) ?? "") ?? 500)
  }

  /// Enables the threshold with a count, or disables it (keeping the count).
  public func setDeletionThreshold(enabled: Bool, count: Int? = nil) throws {
    try store.write { db in
      try LabStore.setSetting(db, "sync.deletion.enabled", enabled ? "True" : "False")
      if let count { try Self.setParameter(db, SyncParameter.thresholdValue, String(count)) }
    }
  }

  // MARK: Connectors

  public func connectors() throws -> [SyncConnector] {
    try store.read { db in try Self.connectors(db) }
  }

  static func connectors(_ db: Database) throws -> [SyncConnector] {
    try Row.fetchAll(db, sql: "SELECT * FROM sync_connector ORDER BY position").map { row in
      SyncConnector(
        identifier: try row.decode(forColumn: "identifier"),
        name: try row.decode(forColumn: "name"),
        kind: SyncConnector.Kind(rawValue: try row.decode(forColumn: "kind")) ?? .activeDirectory,
        fullSyncRequired: try row.decode(forColumn: "fullSyncRequired"),
        fullImportRequired: try row.decode(forColumn: "fullImportRequired"))
    }
  }

  /// The connector with that name or identifier (case-insensitive).
  public func connector(_ nameOrId: String) throws -> SyncConnector {
    try store.read { db in try Self.connector(db, nameOrId) }
  }

  static func connector(_ db: Database, _ nameOrId: String) throws -> SyncConnector {
    guard
      let found = try connectors(db).first(where: {
        $0.name.caseInsensitiveCompare(nameOrId) == .orderedSame
          || $0.identifier.caseInsensitiveCompare(nameOrId) == .orderedSame
      })
    else { throw SyncError.noSuchConnector(nameOrId) }
    return found
  }
}
