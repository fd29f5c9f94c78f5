import ShellCore

/// Gets connector-space objects: one by identifier, one by connector and DN, or a page of a
/// connector's space.
final class GetADSyncCSObject: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-ADSyncCSObject", synopsis: "Gets connector-space objects.",
    description: """
      An AD connector-space object has the AD DN; a tenant one has CN={hex of its anchor}. \
      ConnectedMVObjectId leads to the metaverse object (Get-ADSyncMVObject).
      """,
    parameters: [
      ParameterDeclaration("Identifier", .string, mandatory: true, sets: ["Identifier"]),
      ParameterDeclaration(
        "ConnectorName", .string, mandatory: true, sets: ["ConnectorName"]),
      ParameterDeclaration(
        "ConnectorIdentifier", .string, mandatory: true, sets: ["ConnectorIdentifier"]),
      ParameterDeclaration(
        "DistinguishedName", .string, sets: ["ConnectorName", "ConnectorIdentifier"]),
      ParameterDeclaration(
        "SkipDNValidation", .switchParameter, sets: ["ConnectorName", "ConnectorIdentifier"]),
      ParameterDeclaration(
        "Transient", .switchParameter, sets: ["ConnectorName", "ConnectorIdentifier"]),
      ParameterDeclaration("StartIndex", .int, sets: ["ConnectorName", "ConnectorIdentifier"]),
      ParameterDeclaration(
        "MaxResultCount", .int, sets: ["ConnectorName", "ConnectorIdentifier"]),
    ],
    defaultParameterSet: "Identifier",
    examples: [
      CmdletExample(
        "$null = Start-ADSyncSyncCycle; $cs = Get-ADSyncCSObject -ConnectorName contoso.com -DistinguishedName 'CN=Alice Johnson,OU=Users,OU=Corp,DC=contoso,DC=com'; $cs.ConnectorType + ' ' + $cs.ObjectType + ' ' + $cs.IsConnector",
        remarks: "Reads Alice's object in the AD connector space after a cycle.",
        prints: "AD user True\n")
    ], module: ADSync.module)

  required init() {}

  func process(_ context: CommandContext) throws {
    let service = try ADSync.service(context)
    if let identifier = ADSync.string(context, "Identifier") {
      let info = try ADSync.run(context, target: .string(identifier)) {
        try service.csObject(identifier: identifier)
      }
      try context.write(.object(ADSyncSpaceObjects.csObject(info)))
      return
    }
    let connector =
      ADSync.string(context, "ConnectorName") ?? ADSync.string(context, "ConnectorIdentifier")
      ?? ""
    if let dn = ADSync.string(context, "DistinguishedName") {
      let info = try ADSync.run(context, target: .string(dn)) {
        try service.csObject(connector: connector, distinguishedName: dn)
      }
      try context.write(.object(ADSyncSpaceObjects.csObject(info)))
      return
    }
    let start = ADSync.string(context, "StartIndex").flatMap { Int($0) } ?? 0
    let count = ADSync.string(context, "MaxResultCount").flatMap { Int($0) }
    let objects = try ADSync.run(context, target: .string(connector)) {
      try service.csObjects(connector: connector, startIndex: start, maxCount: count)
    }
    for info in objects { try context.write(.object(ADSyncSpaceObjects.csObject(info))) }
  }
}
