import IdentityCmdlets
import ShellCore
import Testing

/// The output types the identity cmdlets declare match the objects they write, so that what
/// Tab offers after `|` and what Get-Command shows cannot drift from the objects.
@Suite struct OutputTypeTests {
  /// A command of each cmdlet that writes at least one object in the seeded lab.
  ///
  /// `isComplete` says whether the object's properties must be exactly the declared ones.
  /// Otherwise (the AD classes,
  /// whose `-Properties *` objects add the raw LDAP attributes an entry has) every declared
  /// property must be on the object.
  static let samples: [(cmdlet: String, code: String, isComplete: Bool)] = [
    ("Get-ADSyncScheduler", "Get-ADSyncScheduler", true),
    ("Get-ADSyncGlobalSettings", "Get-ADSyncGlobalSettings", true),
    ("Get-ADSyncConnector", "Get-ADSyncConnector", true),
    ("Get-ADSyncRule", "Get-ADSyncRule", true),
    (
      "Get-ADSyncRunProfileResult", "Start-ADSyncSyncCycle | Out-Null; Get-ADSyncRunProfileResult",
      true
    ),
    ("Get-ADSyncRunStepResult", "Start-ADSyncSyncCycle | Out-Null; Get-ADSyncRunStepResult", true),
    ("Get-ADSyncAADCompanyFeature", "Get-ADSyncAADCompanyFeature", true),
    ("Get-ADSyncExportDeletionThreshold", "Get-ADSyncExportDeletionThreshold", true),
    ("Get-ADSyncSchedulerConnectorOverride", "Get-ADSyncSchedulerConnectorOverride", true),
    ("Get-ADUser", "Get-ADUser ajohnson -Properties *", false),
    ("Get-ADGroup", "Get-ADGroup 'Domain Admins' -Properties *", false),
    ("Get-ADComputer", "Get-ADComputer -Filter * -Properties *", false),
    ("Get-ADOrganizationalUnit", "Get-ADOrganizationalUnit -Filter * -Properties *", false),
    ("Get-ADGroupMember", "Get-ADGroupMember 'Domain Admins'", true),
    ("Get-ADDomain", "Get-ADDomain", true),
    ("Get-MgUser", "Get-MgUser -All -Property *", true),
    (
      "Get-MgGroup", "Start-ADSyncSyncCycle | Out-Null; Get-MgGroup -All -Property *", true
    ),
  ]

  @Test(arguments: samples.indices)
  func writtenObjectHasTheDeclaredTypeAndProperties(_ index: Int) throws {
    let sample = Self.samples[index]
    let cmdlet = try #require(
      IdentityCmdlets.all.first { $0.declaration.name == sample.cmdlet }, "\(sample.cmdlet)")
    let declared = try #require(cmdlet.declaration.outputType.first, "\(sample.cmdlet)")
    let result = runAD(
      "$o = @(\(sample.code))[0]; $o.PSObject.TypeNames[0]; $o.PSObject.Properties.Name")
    #expect(result.errors == "", "\(sample.code)")
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(lines.first == declared.name, "\(sample.code)")
    let written = Array(lines.dropFirst())
    if sample.isComplete {
      #expect(written == declared.properties, "\(sample.cmdlet)")
    } else {
      let present = Set(written.map { $0.lowercased() })
      let missing = declared.properties.filter { !present.contains($0.lowercased()) }
      #expect(missing.isEmpty, "\(sample.cmdlet) declares properties it lacks: \(missing)")
    }
  }
}
