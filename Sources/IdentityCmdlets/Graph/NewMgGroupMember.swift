import IdentityEngine
import ShellCore

/// Adds a user or group to a group's members.
final class NewMgGroupMember: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "New-MgGroupMember",
    synopsis: "Adds a member to a group.",
    description: """
      Adds the user or group -DirectoryObjectId (or the object named by the body's \
      @odata.id) to the group's members. Writes nothing; adding a member twice is an error.
      """,
    parameters: [
      GraphParameters.groupId(),
      ParameterDeclaration(
        "DirectoryObjectId", .string, sets: ["CreateExpanded"],
        help: "The object id of the user or group to add."),
      ParameterDeclaration(
        "BodyParameter", .hashtable, mandatory: true, sets: ["Create"],
        help: "@{'@odata.id'='https://graph.microsoft.com/v1.0/directoryObjects/<id>'}."),
    ],
    defaultParameterSet: "CreateExpanded", supportsShouldProcess: true,
    examples: [
      CmdletExample(
        """
        $g = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
        $u = Get-MgUser -UserId 'ajohnson@contoso.com'
        New-MgGroupMember -GroupId $g.Id -DirectoryObjectId $u.Id
        (Get-MgGroupMember -GroupId $g.Id).AdditionalProperties.displayName
        """,
        remarks: "Adds a synced user to a cloud group.", prints: "Alice Johnson\n")
    ],
    module: GraphParameters.module)

  required init() {}

  func process(_ context: CommandContext) throws {
    let graph = try GraphContext(context)
    guard let groupId = graph.string("GroupId") else { return }
    let body = graph.body()
    let operation = graph.createOperation("New-MgGroupMember")
    _ = try graph.request(operation) {
      let memberId = try GraphReferences.linkedId(
        given: graph.string("DirectoryObjectId"), reference: nil, body: body,
        relation: "members")
      guard context.shouldProcess(target: groupId, action: "New-MgGroupMember") else { return }
      try graph.tenant.addMember(group: groupId, member: memberId)
    }
  }
}
