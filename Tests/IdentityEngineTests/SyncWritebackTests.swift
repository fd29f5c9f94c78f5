import Foundation
import IdentityEngine
import Testing

/// A fresh lab with the article's three cloud groups, each with a synced and a cloud-only
/// member.
func articleLab() throws -> Lab {
  let lab = try Lab(path: ":memory:")
  let ann = try Tenant(store: lab.store).user("ajohnson@contoso.com")
  let cloudOnly = try Tenant(store: lab.store).users().first { $0.displayName == "Cloud Only" }
  let groups = [
    NewTenantGroup(
      displayName: "AZ SG01", mailNickname: "AZSG01", mailEnabled: false, securityEnabled: true,
      groupTypes: [],
      writebackConfiguration: WritebackConfiguration(
        isEnabled: true, onPremisesGroupType: .universalSecurityGroup)),
    NewTenantGroup(
      displayName: "M365 - SG01", mailNickname: "M365-SG01", mailEnabled: true,
      securityEnabled: false, groupTypes: ["Unified"]),
    NewTenantGroup(
      displayName: "M365 - MESG01", mailNickname: "M365-MESG01", mailEnabled: true,
      securityEnabled: false, groupTypes: ["Unified"],
      writebackConfiguration: WritebackConfiguration(
        isEnabled: true, onPremisesGroupType: .universalMailEnabledSecurityGroup)),
  ]
  for new in groups {
    let group = try Tenant(store: lab.store).createGroup(new)
    try Tenant(store: lab.store).addMember(group: group.id, member: ann.id)
    if let cloudOnly {
      try Tenant(store: lab.store).addMember(group: group.id, member: cloudOnly.id)
    }
  }
  return lab
}

func writtenBack(_ lab: Lab) throws -> [DirectoryEntry] {
  let container = try #require(DistinguishedName("OU=GroupWriteback,OU=Corp,DC=contoso,DC=com"))
  return try lab.directory.search(base: container, scope: .oneLevel, attributes: .all)
}

@Test func cycleWritesBackTheArticleGroups() throws {
  let lab = try articleLab()
  let outcome = try lab.sync.startSyncCycle(policy: "Initial")
  #expect(outcome.errors.isEmpty)
  let groups = try writtenBack(lab)
  #expect(groups.count == 3)
  let byName = Dictionary(uniqueKeysWithValues: groups.map { ($0.first("displayName") ?? "", $0) })
  #expect(byName["AZ SG01"]?.first("groupType") == "-2147483640")
  #expect(byName["M365 - SG01"]?.first("groupType") == "8")
  #expect(byName["M365 - MESG01"]?.first("groupType") == "-2147483640")
  #expect(byName["M365 - SG01"]?.first("msExchRecipientTypeDetails") == "8796093022208")
  #expect(byName["M365 - SG01"]?.first("msExchRecipientDisplayType") == "17")
  #expect(byName["AZ SG01"]?.first("msExchRecipientDisplayType") == nil)
  #expect(byName["AZ SG01"]?.members.count == 1)
  #expect(byName["AZ SG01"]?.name.hasPrefix("AZ SG01_") == true)
}

@Test func movedGroupMovesBackAndDeletedGroupIsRecreated() throws {
  let lab = try articleLab()
  try lab.sync.startSyncCycle(policy: "Initial")
  let group = try #require(try writtenBack(lab).first)
  let corp = try #require(DistinguishedName("OU=Groups,OU=Corp,DC=contoso,DC=com"))
  try lab.directory.move(group.dn, to: corp)
  try lab.sync.startSyncCycle(policy: "Delta")
  #expect(try writtenBack(lab).contains { $0.guid == group.guid })
  let current = try #require(try writtenBack(lab).first { $0.guid == group.guid })
  try lab.directory.delete(current.dn)
  try lab.sync.startSyncCycle(policy: "Delta")
  #expect(try writtenBack(lab).count == 3)
}

@Test func stagingModeExportsNothing() throws {
  let lab = try articleLab()
  var settings = try lab.sync.globalSettings()
  if let index = settings.parameters.firstIndex(where: {
    $0.name == "Microsoft.Synchronize.StagingMode"
  }) {
    settings.parameters[index].value = "True"
  }
  try lab.sync.setGlobalSettings(settings)
  try lab.sync.startSyncCycle()
  #expect(try writtenBack(lab).isEmpty)
}

@Test func deletionThresholdGuardsTheTenantNotWrittenBackGroups() throws {
  let lab = try articleLab()
  try lab.sync.startSyncCycle(policy: "Initial")
  try lab.sync.setDeletionThreshold(enabled: true, count: 1)
  for group in try Tenant(store: lab.store).groups() {
    try Tenant(store: lab.store).permanentlyDelete(group.id)
  }
  let outcome = try lab.sync.startSyncCycle()
  #expect(outcome.errors.isEmpty)
  #expect(try writtenBack(lab).isEmpty)
}

@Test func deltaCycleAfterNoChangeStagesNothing() throws {
  let lab = try articleLab()
  try lab.sync.startSyncCycle(policy: "Initial")
  try lab.sync.startSyncCycle()
  let outcome = try lab.sync.startSyncCycle()
  let exports = outcome.results.filter { $0.runProfileName == "Export" }
  #expect(exports.allSatisfy { $0.counters.isEmpty })
}

@Test func schedulerRunsACycleOnceItFallsDueWhileTheLabIsOpen() throws {
  let lab = try articleLab()
  let next = try lab.sync.scheduler().nextSyncCycleStartTimeInUTC
  let opened = next.addingTimeInterval(-60)
  #expect(
    try lab.sync.runScheduledCycleIfDue(at: next.addingTimeInterval(-1), openedAt: opened) == nil)
  #expect(try lab.sync.runResults().isEmpty)
  let outcome = try #require(try lab.sync.runScheduledCycleIfDue(at: next, openedAt: opened))
  #expect(outcome.results.count == 6)
  #expect(try writtenBack(lab).count == 3)
  let later = try lab.sync.scheduler().nextSyncCycleStartTimeInUTC
  #expect(later > next)
  #expect(try lab.sync.runScheduledCycleIfDue(at: next, openedAt: opened) == nil)
}

@Test func startTimeThatPassedBeforeTheLabWasOpenedIsNotMadeUpFor() throws {
  let lab = try articleLab()
  let next = try lab.sync.scheduler().nextSyncCycleStartTimeInUTC
  let opened = next.addingTimeInterval(1)
  #expect(
    try lab.sync.runScheduledCycleIfDue(at: next.addingTimeInterval(3600), openedAt: opened) == nil)
  #expect(try lab.sync.runResults().isEmpty)
}

@Test func disabledOrSuspendedSchedulerRunsNothing() throws {
  let lab = try articleLab()
  let next = try lab.sync.scheduler().nextSyncCycleStartTimeInUTC
  let (opened, due) = (next.addingTimeInterval(-60), next.addingTimeInterval(60))
  var change = SyncService.SchedulerChange()
  change.syncCycleEnabled = false
  try lab.sync.setScheduler(change)
  #expect(try lab.sync.runScheduledCycleIfDue(at: due, openedAt: opened) == nil)
  change = SyncService.SchedulerChange()
  change.syncCycleEnabled = true
  change.schedulerSuspended = true
  try lab.sync.setScheduler(change)
  #expect(try lab.sync.runScheduledCycleIfDue(at: due, openedAt: opened) == nil)
  #expect(try lab.sync.runResults().isEmpty)
}

@Test func nestedGroupCreatedAfterItsParentIsWrittenBackAsAMember() throws {
  let lab = try Lab(path: ":memory:")
  let tenant = Tenant(store: lab.store)
  let ann = try tenant.user("ajohnson@contoso.com")
  func securityGroup(_ name: String) throws -> TenantGroup {
    try tenant.createGroup(
      NewTenantGroup(
        displayName: name, mailNickname: name, mailEnabled: false, securityEnabled: true,
        groupTypes: [],
        writebackConfiguration: WritebackConfiguration(
          isEnabled: true, onPremisesGroupType: .universalSecurityGroup)))
  }
  let parent = try securityGroup("Parent")
  let child = try securityGroup("Child")
  try tenant.addMember(group: child.id, member: ann.id)
  try tenant.addMember(group: parent.id, member: child.id)
  try tenant.addMember(group: parent.id, member: ann.id)
  let outcome = try lab.sync.startSyncCycle(policy: "Initial")
  #expect(outcome.errors.isEmpty)
  let groups = try writtenBack(lab)
  let written = try #require(groups.first { $0.first("displayName") == "Parent" })
  let nested = try #require(groups.first { $0.first("displayName") == "Child" })
  #expect(Set(written.members.map(\.key)).contains(nested.dn.key))
  #expect(written.members.count == 2)
  let exports = try lab.sync.runResults(count: 1)
  #expect(exports.first?.counters["ExportFailure"] == nil)
}
