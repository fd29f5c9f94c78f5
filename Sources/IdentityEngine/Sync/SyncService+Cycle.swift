import Foundation
import GRDB

/// The result of one run profile on one connector (a RunProfileResult with its one step).
public struct RunProfileResult: Sendable, Equatable {
  public var runHistoryId: String
  public var connectorId: String
  public var connectorName: String
  public var runProfileName: String
  public var runNumber: Int
  public var result: String
  public var startDate: Date
  public var endDate: Date
  /// The step's counters by their RunStepResult names (StageAdd, ExportAdd...).
  public var counters: [String: Int]
  /// The objects whose export or synchronization failed in the step (its SyncErrors).
  public var errors: [SyncObjectError] = []
}

/// What a cycle did: its run results in order and the problems it met.
public struct CycleOutcome: Sendable {
  public var results: [RunProfileResult]
  public var errors: [SyncError]
}

/// The sync cycle: imports, then synchronizations, then exports, each step one transaction
/// (or several, when writers of other shells wait: StepRestart).
///
/// Order as the scheduler runs it: AD import, AAD import, AD sync, AAD sync, AAD export,
/// AD export. An Initial cycle runs full steps; a Delta cycle runs a Full Import on a connector
/// whose fullImportRequired override is set and a Full Synchronization on one whose
/// fullSyncRequired override is set (rules changed, or Set-ADSyncSchedulerConnectorOverride),
/// and the step that ran the full profile clears its override in its own transaction, so a
/// failed step leaves it for the next cycle. Staging mode skips the exports.
extension SyncService {
  /// Runs a cycle; `policy` is `Delta`, `Initial`, or nil for the scheduler's next policy.
  ///
  /// `progress` hears of each run step before it starts, and of the cycle's end.
  @discardableResult
  public func startSyncCycle(
    policy: String? = nil, progress: ((SyncCycleStep) -> Void)? = nil
  ) throws -> CycleOutcome {
    let (settings, connectors) = try store.read { db in
      // Every rule must be readable before any step runs: a damaged rule stops the cycle
      // at once, instead of after the imports or with the rule left out.
      _ = try Self.rules(db)
      return (try Self.scheduler(db), try Self.connectors(db))
    }
    if settings.schedulerSuspended { throw SyncError.schedulerSuspended }
    if let running = currentStep { throw SyncError.connectorBusy(running.connectorName) }
    if settings.syncCycleInProgress || isCycleRunningElsewhere {
      throw SyncError.connectorBusy(connectors.last?.name ?? "")
    }
    return try withCycleMarker { try runCycle(policy, settings, connectors, progress) }
  }

  /// The steps of a cycle whose settings and connectors were read.
  private func runCycle(
    _ policy: String?, _ settings: SchedulerSettings, _ connectors: [SyncConnector],
    _ progress: ((SyncCycleStep) -> Void)?
  ) throws -> CycleOutcome {
    var chosen = policy ?? "Unspecified"
    if chosen.lowercased() == "unspecified" { chosen = settings.nextSyncCyclePolicyType }
    let isInitial = chosen.lowercased() == "initial"
    var outcome = CycleOutcome(results: [], errors: [])
    var reporter = SyncCycleReporter(
      total: connectors.count * (settings.stagingModeEnabled ? 2 : 3),
      progress: { step in
        self.currentStep = step.isCompleted ? nil : step
        if !step.isCompleted { self.runningMarker?.announce(connector: step.connectorName) }
        progress?(step)
      })
    defer { reporter.finish() }
    for connector in connectors {
      let full = isInitial || connector.fullImportRequired
      let profile: RunProfile = full ? .fullImport : .deltaImport
      reporter.start(connector, profile)
      outcome.results.append(
        try runStep(connector, profile, clearing: full ? .fullImportRequired : nil))
    }
    for connector in connectors {
      let full = isInitial || connector.fullSyncRequired
      let profile: RunProfile = full ? .fullSynchronization : .deltaSynchronization
      reporter.start(connector, profile)
      outcome.results.append(
        try runStep(connector, profile, clearing: full ? .fullSyncRequired : nil))
    }
    if !settings.stagingModeEnabled {
      for connector in connectors.reversed() {
        do {
          reporter.start(connector, .export)
          outcome.results.append(try runStep(connector, .export))
        } catch let error as SyncError {
          outcome.errors.append(error)
          if case .deletionThresholdExceeded = error,
            let last = try runResults(connectorId: connector.identifier, count: 1).first
          {
            outcome.results.append(last)
          }
        }
      }
    }
    let date = now()
    try store.write { db in
      try Self.setParameter(db, SyncParameter.policy, "Delta")
      let interval = TimeSpanText.seconds(
        try Self.scheduler(db).currentlyEffectiveSyncCycleInterval)
      try Self.setParameter(
        db, SyncParameter.nextStart,
        RFC1123.formatter.string(from: date.addingTimeInterval(Double(interval ?? 1800))))
    }
    // The file then holds the cycle, for a copy made before the next change. A checkpoint
    // that cannot run now (another connection's is running) is done by that one.
    try? store.checkpointPassively()  // nil: a later checkpoint copies the same pages
    return outcome
  }

  /// Runs one run profile on one connector (Invoke-ADSyncRunProfile).
  ///
  /// It leaves the connector's scheduler overrides alone: only the cycle that ran the full
  /// step clears them.
  @discardableResult
  public func runStep(_ connector: SyncConnector, _ profile: RunProfile) throws
    -> RunProfileResult
  {
    try runStep(connector, profile, clearing: nil)
  }

  /// Runs one run profile; with `flag`, clears that override of the connector in the
  /// step's transaction.
  func runStep(
    _ connector: SyncConnector, _ profile: RunProfile, clearing flag: ConnectorOverride?
  ) throws -> RunProfileResult {
    let start = now()
    let directory = try self.directory(for: connector)
    var counters: [String: Int] = [:]
    var result = "success"
    var failure: SyncError?
    var errors: [SyncObjectError] = []
    let record = try recordingStop(connector, profile, start) {
      try store.write { db -> RunProfileResult in
        // Asked between two objects: stops when asked to, and lets writers of other shells in.
        var restart = StepRestart(connector, profile)
        let checkStop = {
          try self.store.checkStop()
          try self.store.yieldToWaitingWriters(db) { try restart.mark(db) }
        }
        switch profile {
        case .fullImport, .deltaImport:
          try Self.importStep(
            db, connector, directory, full: profile.isFull, &counters, checkStop: checkStop)
        case .fullSynchronization, .deltaSynchronization:
          var engine = try SyncPass(db, parameters: try Self.connectorParameters(db))
          engine.checkStop = checkStop
          engine.date = start
          errors = try engine.run(connector, full: profile.isFull, &counters)
          if !errors.isEmpty { result = "completed-sync-errors" }
        case .export:
          let threshold = try Self.deletionThreshold(db)
          let deletes =
            try Int.fetchOne(
              db,
              sql: "SELECT COUNT(*) FROM sync_cs WHERE connector = ? AND exportAction = 'Delete'",
              arguments: [connector.identifier]) ?? 0
          // The threshold guards the tenant (it is a tenant setting): exports to AD, such as
          // written-back groups going away, are not counted.
          if connector.kind == .entra, threshold.isEnabled, deletes > threshold.count {
            result = "stopped-deletion-threshold-exceeded"
            failure = .deletionThresholdExceeded(
              connector: connector.name, pending: deletes, threshold: threshold.count)
          } else {
            errors = try Self.exportStep(
              db, connector, directory, &counters, at: start, checkStop: checkStop)
            if !errors.isEmpty { result = "completed-export-errors" }
          }
        }
        try restart.clear(db)
        if let flag {
          try db.execute(
            sql: "UPDATE sync_connector SET \(flag.rawValue) = 0 WHERE identifier = ?",
            arguments: [connector.identifier])
        }
        return try Self.recordRun(
          db, connector, profile, result, start, self.now(), counters, errors: errors)
      }
    }
    if let failure { throw failure }
    return record
  }

  /// The connected directory behind a connector.
  func directory(for connector: SyncConnector) throws -> any ConnectedDirectory {
    guard connector.kind == .activeDirectory else {
      return cloud ?? TenantConnectedDirectory(date: now())
    }
    let scope = try adPartitionScope()
    let inclusions = scope.inclusions.compactMap(DistinguishedName.init)
    guard !inclusions.isEmpty, inclusions.count == scope.inclusions.count else {
      throw SyncError.noSuchConnector(connector.name)
    }
    return ADConnectedDirectory(
      inclusions: inclusions, exclusions: scope.exclusions.compactMap(DistinguishedName.init),
      date: now())
  }

  /// The `%Connector.X%` values expressions may use.
  static func connectorParameters(_ db: Database) throws -> [String: String] {
    [
      "connector.groupwritebackcontainerdn": try parameter(db, SyncParameter.writebackContainer)
        ?? ""
    ]
  }

  /// Reads the directory into the connector space, marking what changed for the next sync.
  ///
  /// `checkStop` is asked before each object and throws when the step should stop.
  static func importStep(
    _ db: Database, _ connector: SyncConnector, _ directory: any ConnectedDirectory, full: Bool,
    _ counters: inout [String: Int], checkStop: () throws -> Void = {}
  ) throws {
    let id = connector.identifier
    var seen = Set<String>()
    let (changed, deleted) =
      full ? (try directory.fullImport(db), []) : try directory.deltaImport(db)
    var space = try ConnectorSpaceIndex(db, connector: id, loadingAll: full)
    for object in changed {
      try checkStop()
      seen.insert(object.anchor.lowercased())
      guard var cs = try space.claim(anchor: object.anchor, dn: object.dn) else {
        var cs = CSRecord(
          guid: try SyncIDs.next(db, "cs"), connector: id, dn: object.dn,
          anchor: object.anchor, objectType: object.objectType, attributes: object.attributes,
          isProvisioned: false)
        cs.pendingSync = 1
        try cs.save(db)
        space.remember(cs)
        counters["StageAdd", default: 0] += 1
        continue
      }
      let renamed = cs.dn.lowercased() != object.dn.lowercased()
      if !renamed, cs.attributes == object.attributes, cs.anchor == object.anchor {
        counters["StageNoChange", default: 0] += 1
        continue
      }
      counters[renamed ? "StageRename" : "StageUpdate", default: 0] += 1
      cs.dn = object.dn
      cs.anchor = object.anchor
      cs.attributes = object.attributes
      cs.pendingSync = 1
      try cs.save(db)
      space.remember(cs)
    }
    var gone = deleted
    if full {
      gone += try String.fetchAll(
        db, sql: "SELECT anchor FROM sync_cs WHERE connector = ? AND anchor IS NOT NULL",
        arguments: [id]
      ).filter { !seen.contains($0.lowercased()) }
    }
    for anchor in gone {
      for var cs in try CSRecord.fetch(db, "connector = ? AND anchor = ?", [id, anchor]) {
        cs.pendingSync = 2
        try cs.save(db)
        counters["StageDelete", default: 0] += 1
      }
    }
  }

  /// Writes the run history row of one step.
  static func recordRun(
    _ db: Database, _ connector: SyncConnector, _ profile: RunProfile, _ result: String,
    _ start: Date, _ end: Date, _ counters: [String: Int], errors: [SyncObjectError] = []
  ) throws -> RunProfileResult {
    let number = Int(try LabStore.nextCounter(db, "sync.run.number"))
    let historyId = String(format: "8a654dc1-cf23-40ed-86f4-%012x", number)
    try db.execute(
      sql: """
        INSERT INTO sync_run(runHistoryId, connector, runProfileName, runNumber, result,
          startDate, endDate, counters, errors) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        historyId, connector.identifier, profile.name, number, result,
        start.timeIntervalSince1970,
        end.timeIntervalSince1970, SyncJSON.encode(counters), SyncJSON.encode(errors),
      ])
    return RunProfileResult(
      runHistoryId: historyId, connectorId: connector.identifier, connectorName: connector.name,
      runProfileName: profile.name, runNumber: number, result: result, startDate: start,
      endDate: end, counters: counters, errors: errors)
  }

  /// Run history, newest first.
  public func runResults(connectorId: String? = nil, count: Int? = nil) throws
    -> [RunProfileResult]
  {
    try store.read { db in
      let names = Dictionary(
        try Self.connectors(db).map { ($0.identifier.lowercased(), $0.name) },
        uniquingKeysWith: { first, _ in first })
      var sql = "SELECT * FROM sync_run"
      var arguments: [DatabaseValueConvertible] = []
      if let connectorId {
        sql += " WHERE connector = ? COLLATE NOCASE"
        arguments.append(connectorId)
      }
      sql += " ORDER BY id DESC"
      if let count { sql += " LIMIT \(max(count, 0))" }
      return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
        let connector: String = try row.decode(forColumn: "connector")
        let counters: [String: Int] = try SyncJSON.required(
          SyncJSON.decode(try row.decode(String?.self, forColumn: "counters")), "sync_run",
          try row.decode(forColumn: "id"), "counters")
        let errors: [SyncObjectError] = try SyncJSON.required(
          SyncJSON.decode(try row.decode(String?.self, forColumn: "errors")), "sync_run",
          try row.decode(forColumn: "id"), "errors")
        return RunProfileResult(
          runHistoryId: try row.decode(forColumn: "runHistoryId"), connectorId: connector,
          connectorName: names[connector.lowercased()] ?? connector,
          runProfileName: try row.decode(forColumn: "runProfileName"),
          runNumber: try row.decode(forColumn: "runNumber"),
          result: try row.decode(forColumn: "result"),
          startDate: Date(timeIntervalSince1970: try row.decode(forColumn: "startDate")),
          endDate: Date(timeIntervalSince1970: try row.decode(forColumn: "endDate")),
          counters: counters, errors: errors)
      }
    }
  }
}
