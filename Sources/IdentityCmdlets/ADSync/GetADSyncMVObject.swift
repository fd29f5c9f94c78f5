import ShellCore

/// Gets one metaverse object by identifier.
///
/// The module has no search by attribute (the Synchronization Service Manager's Metaverse
/// Search is a window, not a cmdlet); reach an object from a connector-space object's
/// ConnectedMVObjectId, as admins' scripts do.
final class GetADSyncMVObject: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-ADSyncMVObject", synopsis: "Gets a metaverse object.",
    description: """
      Attributes lists each metaverse attribute with the rule that contributed it; Lineage \
      lists the connector-space objects joined to it.
      """,
    parameters: [ParameterDeclaration("Identifier", .string, position: 0, mandatory: true)],
    examples: [
      CmdletExample(
        "$null = Start-ADSyncSyncCycle; $cs = Get-ADSyncCSObject -ConnectorName contoso.com -DistinguishedName 'CN=Alice Johnson,OU=Users,OU=Corp,DC=contoso,DC=com'; (Get-ADSyncMVObject -Identifier $cs.ConnectedMVObjectId).Lineage.ConnectorName",
        remarks: "Alice's metaverse object joins her AD user and her tenant user.",
        prints: "contoso.com\ncontoso.onmicrosoft.com - AAD\n")
    ], module: ADSync.module)

  required init() {}

  func process(_ context: CommandContext) throws {
    let identifier = ADSync.string(context, "Identifier") ?? ""
    let info = try ADSync.run(context, target: .string(identifier)) {
      try ADSync.service(context).mvObject(identifier: identifier)
    }
    try context.write(.object(ADSyncSpaceObjects.mvObject(info)))
  }
}
