import IdentityEngine
import ShellCore

/// Explains why an attribute of a connector-space object has its value: every rule flow
/// that could set it, its precedence, and which one won.
///
/// The module shows only the winning rule (an attribute's SyncRuleName on Get-ADSyncCSObject
/// and Get-ADSyncMVObject); the Synchronization Service Manager's Preview window shows the
/// rest. This cmdlet is the lab's own.
final class GetADSyncAttributeProvenance: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-ADSyncAttributeProvenance",
    synopsis: "Explains which sync rule gives an attribute its value, and why.",
    description: """
      For the object with -DistinguishedName in the connector space of -ConnectorName, lists \
      each attribute flow into the attribute: first the inbound flows into the metaverse \
      attribute of that name, from every connector-space object joined to the object's \
      metaverse object, then the outbound flows into the attribute on this connector. Each \
      row has the rule's name and precedence, the flow's Source ([attribute], an \
      expression or a constant), the Values it yields and the Outcome: Applied (its value \
      is the attribute's), Overridden (a rule with a lower precedence number won), NoValue \
      (in scope, but the flow yields nothing, which leaves the attribute to the next rule), \
      NotInScope (the rule's scoping filter does not match) or Disabled. This cmdlet is the \
      lab's own; the ADSync module has none like it.
      """,
    parameters: [
      ParameterDeclaration(
        "ConnectorName", .string, mandatory: true, help: "The connector, by name or identifier."),
      ParameterDeclaration(
        "DistinguishedName", .string, mandatory: true,
        help: "The object's DN in that connector space (as Get-ADSyncCSObject shows it)."),
      ParameterDeclaration(
        "Attribute", .stringArray, position: 0, mandatory: true,
        help: "The attribute or attributes to explain, for example displayName."),
    ],
    examples: [
      CmdletExample(
        """
        $null = Start-ADSyncSyncCycle
        $dn = 'CN=Alice Johnson,OU=Users,OU=Corp,DC=contoso,DC=com'
        Get-ADSyncAttributeProvenance -ConnectorName contoso.com -DistinguishedName $dn -Attribute cloudAnchor |
          ForEach-Object { '{0} {1} {2}: {3}' -f $_.Direction, $_.Precedence, $_.SyncRuleName, $_.Outcome }
        """,
        remarks: "Alice's cloudAnchor comes from her tenant user, through the AAD join rule.",
        prints: "Inbound 110 In from AAD - User Join: Applied\n")
    ], module: LabModule.name)

  required init() {}

  func process(_ context: CommandContext) throws {
    let connector = ADSync.string(context, "ConnectorName") ?? ""
    let dn = ADSync.string(context, "DistinguishedName") ?? ""
    let attributes =
      context.parameters["Attribute"]?.enumerated.map { $0.toText() }.filter { !$0.isEmpty }
      ?? []
    let service = try ADSync.service(context)
    for attribute in attributes {
      let rows = try ADSync.run(context, target: .string(dn)) {
        try service.attributeProvenance(
          connector: connector, distinguishedName: dn, attribute: attribute)
      }
      for row in rows { try context.write(.object(ADSyncPreviewObjects.provenance(row))) }
    }
  }
}
