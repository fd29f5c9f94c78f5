import Foundation
import GRDB
import IdentityEngine
import Testing

/// Every row of every table, as text: two equal snapshots mean the lab did not change.
func snapshot(_ lab: Lab) throws -> [String] {
  try lab.store.read { db in
    let tables = try String.fetchAll(
      db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    return try tables.flatMap { table in
      try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"").map { "\(table): \($0)" }.sorted()
    }
  }
}

@Test func previewOfAnInitialCycleChangesNothingAndMatchesTheCycle() throws {
  let lab = try articleLab()
  let before = try snapshot(lab)
  let preview = try lab.sync.previewSyncCycle(policy: "Initial")
  #expect(try snapshot(lab) == before)
  let adds = preview.changes.filter {
    $0.connectorName == "contoso.com" && $0.operation == .add && $0.objectType == "group"
  }
  #expect(adds.count == 3)
  let added = try #require(adds.first { $0.distinguishedName.hasPrefix("CN=M365 - SG01_") })
  let groupType = added.attributes.first { $0.name == "groupType" }
  #expect(groupType?.before == [])
  #expect(groupType?.after == ["8"])
  #expect(try lab.sync.previewSyncCycle(policy: "Initial") == preview)
  try lab.sync.startSyncCycle(policy: "Initial")
  let written = try writtenBack(lab).map(\.dn.description).sorted()
  #expect(written == adds.map(\.distinguishedName).sorted())
}

@Test func previewShowsTheMoveBackOfAMovedGroup() throws {
  let lab = try articleLab()
  try lab.sync.startSyncCycle(policy: "Initial")
  #expect(try lab.sync.previewSyncCycle().changes.isEmpty)
  let group = try #require(try writtenBack(lab).first)
  let corp = try #require(DistinguishedName("OU=Groups,OU=Corp,DC=contoso,DC=com"))
  try lab.directory.move(group.dn, to: corp)
  let before = try snapshot(lab)
  let changes = try lab.sync.previewSyncCycle().changes
  #expect(try snapshot(lab) == before)
  let move = try #require(changes.first)
  #expect(changes.count == 1)
  #expect(move.operation == .move)
  #expect(move.connectorName == "contoso.com")
  #expect(move.distinguishedName.hasSuffix(",OU=Groups,OU=Corp,DC=contoso,DC=com"))
  #expect(move.newDistinguishedName == group.dn.description)
}

@Test func previewListsTheDeleteAHardDeleteCauses() throws {
  let lab = try articleLab()
  try lab.sync.startSyncCycle(policy: "Initial")
  let tenant = Tenant(store: lab.store)
  let group = try #require(try tenant.groups().first { $0.displayName == "M365 - SG01" })
  try tenant.delete(group.id)
  #expect(try lab.sync.previewSyncCycle().changes.allSatisfy { $0.operation != .delete })
  try tenant.permanentlyDelete(group.id)
  let changes = try lab.sync.previewSyncCycle().changes
  #expect(changes.map(\.operation) == [.delete])
  #expect(changes.first?.distinguishedName.hasPrefix("CN=M365 - SG01_") == true)
  #expect(try writtenBack(lab).count == 3)
}

@Test func provenanceNamesTheWinningRuleAndTheOverriddenOne() throws {
  let lab = try articleLab()
  let ad = SyncDefaults.adConnectorId
  let dn = "CN=Alice Johnson,OU=Users,OU=Corp,DC=contoso,DC=com"
  try lab.sync.startSyncCycle(policy: "Initial")
  let first = try lab.sync.attributeProvenance(
    connector: "contoso.com", distinguishedName: dn, attribute: "displayName")
  #expect(first.map(\.outcome) == [.applied])
  #expect(first.first?.ruleName == "In from AD - User Join")
  #expect(first.first?.precedence == 100)
  #expect(first.first?.values == ["Alice Johnson"])
  let override = SyncRule(
    identifier: try lab.sync.newRuleIdentifier(), name: "In from AD - User DisplayName",
    connector: ad, direction: .inbound, sourceObjectType: "user", targetObjectType: "person",
    precedence: 50, attributeFlowMappings: [.constant("displayName", "Override")])
  try lab.sync.saveRule(override)
  try lab.sync.startSyncCycle()
  let rows = try lab.sync.attributeProvenance(
    connector: "contoso.com", distinguishedName: dn, attribute: "displayName")
  #expect(rows.map(\.precedence) == [50, 100])
  #expect(rows.map(\.outcome) == [.applied, .overridden])
  #expect(rows.first?.source == "\"Override\"")
  let cs = try lab.sync.csObject(connector: "contoso.com", distinguishedName: dn)
  let mv = try lab.sync.mvObject(identifier: try #require(cs.connectedMVObjectId))
  let value = mv.attributes.first { $0.name == "displayName" }
  #expect(value?.values == ["Override"])
  #expect(value?.ruleName == "In from AD - User DisplayName")
}

@Test func provenanceFollowsTheOutboundFlowIntoAWrittenBackGroup() throws {
  let lab = try articleLab()
  try lab.sync.startSyncCycle(policy: "Initial")
  let group = try #require(
    try writtenBack(lab).first { $0.first("displayName") == "M365 - SG01" })
  let rows = try lab.sync.attributeProvenance(
    connector: "contoso.com", distinguishedName: group.dn.description, attribute: "groupType")
  let applied = rows.filter { $0.outcome == .applied }
  #expect(applied.count == 1)
  #expect(applied.first?.direction == .outbound)
  #expect(applied.first?.values == ["8"])
  #expect(
    throws: SyncError.self,
    performing: {
      try lab.sync.attributeProvenance(
        connector: "contoso.com", distinguishedName: "CN=Nobody,DC=contoso,DC=com",
        attribute: "cn")
    })
}

@Test func cycleReportsEachRunStepThenItsEnd() throws {
  let lab = try articleLab()
  var steps: [SyncCycleStep] = []
  try lab.sync.startSyncCycle(policy: "Initial") { steps.append($0) }
  #expect(steps.map(\.runProfileName).prefix(2) == ["Full Import", "Full Import"])
  #expect(steps.filter { !$0.isCompleted }.map(\.number) == [1, 2, 3, 4, 5, 6])
  #expect(steps.last?.isCompleted == true)
  #expect(steps.first?.percentComplete == 0)
}
