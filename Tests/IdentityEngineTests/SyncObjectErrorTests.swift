import Foundation
import IdentityEngine
import Testing

/// A custom inbound rule whose flow calls Error() for one user, saved in a fresh lab.
private func labWithFailingRule() throws -> (Lab, SyncRule) {
  let lab = try Lab(path: ":memory:")
  let rule = SyncRule(
    identifier: "0d7c2b1a-0000-4000-8000-000000000001", name: "In from AD - Fail Alice",
    connector: SyncDefaults.adConnectorId, direction: .inbound, sourceObjectType: "user",
    targetObjectType: "person", precedence: 20, linkType: .join,
    scopeFilter: [[ScopeCondition("sAMAccountName", "ajohnson", .equal)]],
    attributeFlowMappings: [.expression("department", "Error(\"no sync for Alice\")")])
  return (lab, try lab.sync.saveRule(rule))
}

private let alice = "CN=Alice Johnson,OU=Users,OU=Corp,DC=contoso,DC=com"

@Test func errorFunctionFailsTheObjectsSynchronizationAndKeepsItPending() throws {
  let (lab, _) = try labWithFailingRule()
  let outcome = try lab.sync.startSyncCycle(policy: "Delta")
  let step = try #require(outcome.results.first { $0.runProfileName.hasSuffix("Synchronization") })
  #expect(step.result == "completed-sync-errors")
  #expect(step.errors.map(\.distinguishedName) == [alice])
  let errors = try lab.sync.objectErrors(kind: .synchronization)
  #expect(errors.count == 1)
  #expect(errors.first?.errorType == "sync-rule-error-function-triggered")
  #expect(errors.first?.extraDetails == "no sync for Alice")
  #expect(errors.first?.retryCount == 0)
  let info = try lab.sync.csObject(connector: "contoso.com", distinguishedName: alice)
  #expect(info.synchronizationError != nil && info.exportError == nil && !info.isConnector)
  try lab.sync.startSyncCycle(policy: "Delta")
  let retried = try lab.sync.objectErrors(kind: .synchronization)
  #expect(retried.first?.retryCount == 1)
  #expect(retried.first?.firstOccurred == errors.first?.firstOccurred)
}

@Test func aSucceedingSynchronizationClearsTheError() throws {
  let (lab, saved) = try labWithFailingRule()
  try lab.sync.startSyncCycle(policy: "Delta")
  var disabled = saved
  disabled.isDisabled = true
  _ = try lab.sync.saveRule(disabled)
  try lab.sync.startSyncCycle(policy: "Delta")
  #expect(try lab.sync.objectErrors().isEmpty)
  let info = try lab.sync.csObject(connector: "contoso.com", distinguishedName: alice)
  #expect(info.synchronizationError == nil && info.isConnector)
  let runs = try lab.sync.runResults(count: 6)
  #expect(runs.allSatisfy { $0.errors.isEmpty && $0.result == "success" })
}

@Test func theOUFilterRefusesContainersOutsideThePartitionAndChangesNothing() throws {
  let lab = try Lab(path: ":memory:")
  let before = try lab.sync.adPartitionScope()
  #expect(before.inclusions == ["DC=contoso,DC=com"])
  #expect(throws: SyncError.self) {
    try lab.sync.setADPartitionScope(
      inclusions: ["DC=contoso,DC=com"], exclusions: ["OU=x,DC=fabrikam,DC=com"])
  }
  #expect(throws: SyncError.self) {
    try lab.sync.setADPartitionScope(inclusions: [], exclusions: [])
  }
  #expect(try lab.sync.adPartitionScope() == before)
  try lab.sync.setADPartitionScope(
    inclusions: ["DC=contoso,DC=com"], exclusions: ["OU=Corp,DC=contoso,DC=com"])
  let ad = try lab.sync.connector("contoso.com")
  #expect(ad.fullImportRequired && ad.fullSyncRequired)
}

@Test func aMemberTheTenantRefusesIsRecordedOnTheGroupNotDropped() throws {
  let lab = try Lab(path: ":memory:")
  try lab.sync.startSyncCycle(policy: "Delta")
  let tenant = Tenant(store: lab.store)
  let user = try tenant.user("ajohnson@contoso.com")
  // Deleted in the cloud behind the sync's back: the next export's member add finds no user.
  try tenant.delete(user.id)
  let engineering = try DistinguishedName.parse(
    "CN=Engineering,OU=Groups,OU=Corp,DC=contoso,DC=com")
  try lab.directory.addMembers(engineering, [try DistinguishedName.parse(alice)])
  let outcome = try lab.sync.startSyncCycle(policy: "Delta")
  let export = try #require(
    outcome.results.first { $0.runProfileName == "Export" && $0.connectorName.hasSuffix("AAD") })
  #expect(export.result == "completed-export-errors")
  let refused = export.errors.filter { $0.errorType == "dn-attributes-failure" }
  #expect(refused.count == 1)
  #expect(refused.first?.displayName == "Engineering")
  #expect(refused.first?.extraDetails.contains(user.id) == true)
  #expect(export.counters["ExportFailure", default: 0] >= 1)
  let stored = try lab.sync.objectErrors(connector: "contoso.onmicrosoft.com - AAD", kind: .export)
  #expect(stored.contains { $0.errorType == "dn-attributes-failure" })
}

@Test func aMemberWhoseAddFailedIsRecordedOnTheGroup() throws {
  let lab = try Lab(path: ":memory:")
  try lab.sync.startSyncCycle(policy: "Delta")
  // A cloud-only user already holds the UPN, so the AD user's add to the tenant fails.
  _ = try Tenant(store: lab.store).createUser(
    NewTenantUser(displayName: "Dup Cloud", userPrincipalName: "dup@contoso.com"))
  let user = try lab.directory.create(
    NewObject(
      dn: try DistinguishedName.parse("CN=Dup AD,OU=Users,OU=Corp,DC=contoso,DC=com"),
      objectClass: "user", samAccountName: "dupad",
      attributes: [("userPrincipalName", ["dup@contoso.com"])]))
  _ = try lab.directory.create(
    NewObject(
      dn: try DistinguishedName.parse("CN=Dup Team,OU=Groups,OU=Corp,DC=contoso,DC=com"),
      objectClass: "group", samAccountName: "Dup Team",
      attributes: [("groupType", ["-2147483646"]), ("member", [user.description])]))
  let outcome = try lab.sync.startSyncCycle(policy: "Delta")
  let export = try #require(
    outcome.results.first { $0.runProfileName == "Export" && $0.connectorName.hasSuffix("AAD") })
  #expect(
    export.errors.map(\.errorType).sorted() == [
      "AttributeValueMustBeUnique", "dn-attributes-failure",
    ])
  let group = try #require(export.errors.first { $0.errorType == "dn-attributes-failure" })
  #expect(group.displayName == "Dup Team")
  #expect(group.extraDetails.hasPrefix("member Dup AD ("))
  #expect(export.counters["ExportFailure"] == 2)
}
