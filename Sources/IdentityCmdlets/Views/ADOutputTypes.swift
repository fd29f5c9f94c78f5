import ShellCore

/// The ActiveDirectory module's output types (`[OutputType]`), with the properties their objects
/// can carry: the class's default set, then its extended properties by name.
///
/// Both lists are the ones the object factory reads (`ADClass.defaultProperties` and
/// `ADPropertyTable`), so completion offers exactly what `-Properties *` can show.
extension ADClass {
  var outputType: OutputTypeDeclaration {
    let defaults = defaultProperties
    let known = Set(defaults.map { $0.lowercased() })
    let extended = ADPropertyTable.properties(of: self).values.map(\.name)
      .filter { !known.contains($0.lowercased()) }
      .sorted { $0.lowercased() < $1.lowercased() }
    return OutputTypeDeclaration(typeNames[0], properties: defaults + extended)
  }
}

/// The output types the ActiveDirectory cmdlets declare.
enum ADOutputTypes {
  static let user = [ADClass.user.outputType]
  static let group = [ADClass.group.outputType]
  static let computer = [ADClass.computer.outputType]
  static let organizationalUnit = [ADClass.organizationalUnit.outputType]
  static let object = [ADClass.object.outputType]
  /// Get-ADGroupMember's principals, which carry the default set only (it has no -Properties).
  static let principal = [
    OutputTypeDeclaration(
      ADClass.principal.typeNames[0], properties: ADClass.principal.defaultProperties)
  ]

  /// Get-ADDomain's ADDomain, in the order GetADDomain sets the properties (OutputTypeTests
  /// compares the two).
  static let domain = [
    OutputTypeDeclaration(
      "Microsoft.ActiveDirectory.Management.ADDomain",
      properties: [
        "AllowedDNSSuffixes", "ChildDomains", "ComputersContainer", "DeletedObjectsContainer",
        "DistinguishedName", "DNSRoot", "DomainControllersContainer", "DomainMode", "DomainSID",
        "ForeignSecurityPrincipalsContainer", "Forest", "InfrastructureMaster",
        "LastLogonReplicationInterval", "LinkedGroupPolicyObjects", "LostAndFoundContainer",
        "ManagedBy", "Name", "NetBIOSName", "ObjectClass", "ObjectGUID", "ParentDomain",
        "PDCEmulator", "PublicKeyRequiredPasswordRolling", "QuotasContainer",
        "ReadOnlyReplicaDirectoryServers", "ReplicaDirectoryServers", "RIDMaster",
        "SubordinateReferences", "SystemsContainer", "UsersContainer",
      ])
  ]
}
