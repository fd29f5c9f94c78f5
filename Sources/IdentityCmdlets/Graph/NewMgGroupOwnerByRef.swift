import IdentityEngine
import ShellCore

/// Adds a user to a group's owners (POST /groups/{id}/owners/$ref).
final class NewMgGroupOwnerByRef: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "New-MgGroupOwnerByRef",
    synopsis: "Adds an owner to a group.",
    description: """
      Adds the user named by -OdataId (or the body's @odata.id), an entity reference such as \
      https://graph.microsoft.com/v1.0/users/<id> or .../directoryObjects/<id>, to the \
      group's owners. Only users can own a group; adding an owner twice is an error. Writes \
      nothing (True with -PassThru).
      """,
    parameters: [
      GraphParameters.groupId(pipeline: []),
      ParameterDeclaration(
        "OdataId", .string, mandatory: true, sets: ["CreateExpanded"],
        help: "The entity reference URL of the new owner, such as "
          + "https://graph.microsoft.com/v1.0/directoryObjects/<id>."),
      ParameterDeclaration(
        "BodyParameter", .hashtable, mandatory: true, pipeline: [.byValue], sets: ["Create"],
        help: "@{'@odata.id'='https://graph.microsoft.com/v1.0/users/<id>'}."),
      GraphParameters.passThru,
    ],
    defaultParameterSet: "CreateExpanded", supportsShouldProcess: true,
    examples: [
      CmdletExample(
        """
        $g = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
        $u = Get-MgUser -UserId 'ajohnson@contoso.com'
        New-MgGroupOwnerByRef -GroupId $g.Id -BodyParameter @{'@odata.id' = "https://graph.microsoft.com/v1.0/users/$($u.Id)"}
        (Get-MgGroupOwner -GroupId $g.Id).AdditionalProperties.displayName
        """,
        remarks: "Makes a user the owner of a cloud group.", prints: "Alice Johnson\n"),
      CmdletExample(
        """
        $g = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
        $u = Get-MgUser -UserId 'cloud.only@contoso.onmicrosoft.com'
        New-MgGroupOwnerByRef -GroupId $g.Id -OdataId "https://graph.microsoft.com/v1.0/directoryObjects/$($u.Id)" -PassThru
        """,
        remarks: "Adds an owner by its directoryObjects reference.", prints: "True\n"),
    ],
    module: GraphParameters.module)

  required init() {}

  func process(_ context: CommandContext) throws {
    let graph = try GraphContext(context)
    guard let groupId = graph.string("GroupId") else { return }
    let body = graph.body()
    _ = try graph.request(graph.createOperation("New-MgGroupOwnerByRef")) {
      let ownerId = try GraphReferences.linkedId(
        given: nil, reference: graph.string("OdataId"), body: body, relation: "owners")
      guard context.shouldProcess(target: groupId, action: "New-MgGroupOwnerByRef") else {
        return
      }
      try graph.tenant.write { transaction in
        try GraphOwnerRequests.addOwner(transaction, group: groupId, owner: ownerId)
      }
      if graph.flag("PassThru") == true { try context.write(.bool(true)) }
    }
  }
}
