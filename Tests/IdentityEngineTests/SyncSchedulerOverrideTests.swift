import Foundation
import Testing

@testable import IdentityEngine

private let ad = "contoso.com"
private let aad = "contoso.onmicrosoft.com - AAD"

/// "connector: run profile" for each run of a cycle, in the order the cycle ran them.
private func steps(_ outcome: CycleOutcome) -> [String] {
  outcome.results.map { "\($0.connectorName): \($0.runProfileName)" }
}

/// The six steps of a cycle with the given import and synchronization profiles per connector.
private func cycle(adImport: String, aadImport: String, adSync: String, aadSync: String)
  -> [String]
{
  [
    "\(ad): \(adImport)", "\(aad): \(aadImport)", "\(ad): \(adSync)", "\(aad): \(aadSync)",
    "\(aad): Export", "\(ad): Export",
  ]
}

private let deltaCycle = cycle(
  adImport: "Delta Import", aadImport: "Delta Import", adSync: "Delta Synchronization",
  aadSync: "Delta Synchronization")

@Test func fullImportOverrideRunsAFullImportOnThatConnectorOnlyThenClears() throws {
  let lab = try Lab(path: ":memory:")
  let set = try lab.sync.setConnectorOverride(ad, fullImportRequired: true)
  #expect(set.fullImportRequired && !set.fullSyncRequired)
  let outcome = try lab.sync.startSyncCycle(policy: "Delta")
  #expect(
    steps(outcome)
      == cycle(
        adImport: "Full Import", aadImport: "Delta Import", adSync: "Delta Synchronization",
        aadSync: "Delta Synchronization"))
  #expect(try lab.sync.connectors().allSatisfy { !$0.fullImportRequired && !$0.fullSyncRequired })
  #expect(steps(try lab.sync.startSyncCycle(policy: "Delta")) == deltaCycle)
}

@Test func fullSyncOverrideRunsAFullSynchronizationOnThatConnectorOnlyThenClears() throws {
  let lab = try Lab(path: ":memory:")
  try lab.sync.setConnectorOverride(SyncDefaults.aadConnectorId, fullSyncRequired: true)
  #expect(try lab.sync.connector(aad).fullSyncRequired)
  #expect(try !lab.sync.connector(ad).fullSyncRequired)
  let outcome = try lab.sync.startSyncCycle(policy: "Delta")
  #expect(
    steps(outcome)
      == cycle(
        adImport: "Delta Import", aadImport: "Delta Import", adSync: "Delta Synchronization",
        aadSync: "Full Synchronization"))
  #expect(try !lab.sync.connector(aad).fullSyncRequired)
  #expect(steps(try lab.sync.startSyncCycle(policy: "Delta")) == deltaCycle)
}

@Test func bothOverridesOnOneConnectorRunBothFullStepsAndFalseClearsThem() throws {
  let lab = try Lab(path: ":memory:")
  try lab.sync.setConnectorOverride(ad, fullImportRequired: true, fullSyncRequired: true)
  try lab.sync.setConnectorOverride(aad, fullImportRequired: true, fullSyncRequired: true)
  try lab.sync.setConnectorOverride(aad, fullImportRequired: false)
  #expect(try !lab.sync.connector(aad).fullImportRequired)
  #expect(try lab.sync.connector(aad).fullSyncRequired)
  try lab.sync.setConnectorOverride(aad, fullSyncRequired: false)
  let outcome = try lab.sync.startSyncCycle(policy: "Delta")
  #expect(
    steps(outcome)
      == cycle(
        adImport: "Full Import", aadImport: "Delta Import", adSync: "Full Synchronization",
        aadSync: "Delta Synchronization"))
}

@Test func savingARuleSetsTheFullSyncOverrideOfItsConnector() throws {
  let lab = try Lab(path: ":memory:")
  let rule = try #require(try lab.sync.rules().first { $0.connector == SyncDefaults.adConnectorId })
  try lab.sync.saveRule(rule)
  #expect(try lab.sync.connector(ad).fullSyncRequired)
  #expect(try !lab.sync.connector(ad).fullImportRequired)
  #expect(try !lab.sync.connector(aad).fullSyncRequired)
}

@Test func overrideStaysWhenItsFullStepFails() throws {
  let lab = try Lab(path: ":memory:")
  try lab.sync.setConnectorOverride(ad, fullImportRequired: true, fullSyncRequired: true)
  // Without a scope the AD connector cannot reach its directory: the import step fails.
  try lab.store.write { db in try LabStore.setSetting(db, "sync.ad.scope", "") }
  #expect(throws: SyncError.noSuchConnector(ad)) { try lab.sync.startSyncCycle(policy: "Delta") }
  let connector = try lab.sync.connector(ad)
  #expect(connector.fullImportRequired && connector.fullSyncRequired)
}

@Test func overrideOnAnUnknownConnectorIsRefusedAndChangesNothing() throws {
  let lab = try Lab(path: ":memory:")
  #expect(throws: SyncError.noSuchConnector("fabrikam.com")) {
    try lab.sync.setConnectorOverride("fabrikam.com", fullImportRequired: true)
  }
  #expect(try lab.sync.connectors().allSatisfy { !$0.fullImportRequired && !$0.fullSyncRequired })
}
