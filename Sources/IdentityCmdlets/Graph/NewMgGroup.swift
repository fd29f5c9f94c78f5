import IdentityEngine
import ShellCore

/// Creates a Microsoft Entra group: security, or Microsoft 365 with -GroupTypes Unified.
final class NewMgGroup: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "New-MgGroup",
    synopsis: "Creates a group in the tenant.",
    description: """
      Graph requires -DisplayName, -MailEnabled, -MailNickname and -SecurityEnabled (switches: \
      -MailEnabled:$false). A Microsoft 365 group (-GroupTypes Unified) gets the mail address \
      <MailNickname>@<default domain>; mail-enabled groups other than Microsoft 365 groups \
      cannot be created through Graph. A -BodyParameter may bind owners and members as it \
      is created ('owners@odata.bind' and 'members@odata.bind': arrays of entity references). \
      Writes the new group.
      """,
    parameters: [
      ParameterDeclaration(
        "DisplayName", .string, sets: ["CreateExpanded"], help: "The group's display name."),
      ParameterDeclaration(
        "MailEnabled", .switchParameter, sets: ["CreateExpanded"],
        help: "Whether the group is mail-enabled (Microsoft 365 groups are)."),
      ParameterDeclaration(
        "MailNickname", .string, sets: ["CreateExpanded"],
        help: "The mail alias: ASCII, no spaces or @()\\[]\";:<>, characters."),
      ParameterDeclaration(
        "SecurityEnabled", .switchParameter, sets: ["CreateExpanded"],
        help: "Whether the group is a security group."),
      ParameterDeclaration(
        "GroupTypes", .stringArray, sets: ["CreateExpanded"],
        help: "Unified for a Microsoft 365 group; empty for a security group."),
      ParameterDeclaration(
        "Description", .string, sets: ["CreateExpanded"], help: "The group's description."),
      ParameterDeclaration(
        "Visibility", .string, sets: ["CreateExpanded"],
        help: "Public or Private (Microsoft 365 groups)."),
      ParameterDeclaration(
        "BodyParameter", .hashtable, mandatory: true, sets: ["Create"],
        help: "The request body as a hashtable of Graph property names and values."),
    ],
    defaultParameterSet: "CreateExpanded", supportsShouldProcess: true,
    examples: [
      CmdletExample(
        """
        $g = New-MgGroup -DisplayName 'M365 - SG01' -MailEnabled -MailNickname 'M365-SG01' -SecurityEnabled:$false -GroupTypes 'Unified'
        $g.Mail; $g.GroupTypes
        """,
        remarks: "Creates a Microsoft 365 group.", prints: "M365-SG01@contoso.com\nUnified\n"),
      CmdletExample(
        "New-MgGroup -BodyParameter @{displayName='AZ SG01'; mailEnabled=$false; "
          + "mailNickname='AZSG01'; securityEnabled=$true} | ForEach-Object SecurityEnabled",
        remarks: "Creates a security group from a body hashtable.", prints: "True\n"),
      CmdletExample(
        """
        $u = Get-MgUser -UserId 'ajohnson@contoso.com'
        $ref = "https://graph.microsoft.com/v1.0/users/$($u.Id)"
        $g = New-MgGroup -BodyParameter @{displayName='AZ SG01'; mailEnabled=$false; mailNickname='AZSG01'; securityEnabled=$true; 'owners@odata.bind'=@($ref); 'members@odata.bind'=@($ref)}
        (Get-MgGroupOwner -GroupId $g.Id).AdditionalProperties.displayName
        (Get-MgGroupMember -GroupId $g.Id).AdditionalProperties.displayName
        """,
        remarks: "Creates a group with its owner, who is also its first member.",
        prints: "Alice Johnson\nAlice Johnson\n"),
    ],
    module: GraphParameters.module, outputType: GraphOutputTypes.group)

  required init() {}

  func process(_ context: CommandContext) throws {
    let graph = try GraphContext(context)
    let body = graph.body()
    let operation = graph.createOperation("New-MgGroup")
    _ = try graph.request(operation) {
      guard let displayName = GraphGroupRequests.text(graph, "DisplayName", body) else {
        throw TenantError.invalidValue(property: "displayName", resource: .group)
      }
      guard let mailEnabled = GraphGroupRequests.flag(graph, "MailEnabled", body) else {
        throw TenantError.invalidValue(property: "mailEnabled", resource: .group)
      }
      guard let nickname = GraphGroupRequests.text(graph, "MailNickname", body) else {
        throw TenantError.invalidValue(property: "mailNickname", resource: .group)
      }
      guard let securityEnabled = GraphGroupRequests.flag(graph, "SecurityEnabled", body) else {
        throw TenantError.invalidValue(property: "securityEnabled", resource: .group)
      }
      let new = NewTenantGroup(
        displayName: displayName, mailNickname: nickname, mailEnabled: mailEnabled,
        securityEnabled: securityEnabled,
        groupTypes: GraphGroupRequests.groupTypes(graph, body) ?? [],
        description: GraphGroupRequests.text(graph, "Description", body),
        visibility: GraphGroupRequests.text(graph, "Visibility", body))
      let owners = try GraphReferences.boundIds(body["owners@odata.bind"], relation: "owners")
      let members = try GraphReferences.boundIds(
        body["members@odata.bind"], relation: "members")
      guard context.shouldProcess(target: displayName, action: "New-MgGroup") else { return }
      let group = try graph.tenant.write { transaction in
        let group = try transaction.createGroup(new)
        for owner in owners {
          try GraphOwnerRequests.addOwner(transaction, group: group.id, owner: owner)
        }
        for id in members {
          guard let member = try transaction.object(id) else { throw TenantError.notFound(id) }
          try transaction.addLink(.members, group: group.id, target: member.id)
        }
        return group
      }
      try context.write(.object(GraphObjects.group(group)))
    }
  }
}
