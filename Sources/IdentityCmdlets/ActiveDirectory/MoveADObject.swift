import IdentityEngine
import ShellCore

/// Moves an Active Directory object or a container of objects.
final class MoveADObject: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Move-ADObject", synopsis: "Moves an Active Directory object to another container.",
    description: """
      Moves the object (and its subtree) under -TargetPath, a DN or GUID. The RDN is kept and \
      group memberships follow. Protected objects are refused with "Access is denied".
      """,
    parameters: [
      ADParameters.identity("object"),
      ParameterDeclaration(
        "TargetPath", .string, position: 1, mandatory: true,
        help: "The DN or GUID of the new parent container or OU."),
      ADParameters.partition, ADParameters.passThru,
      ParameterDeclaration("TargetServer", .string, help: "Accepted for compatibility."),
    ] + ADParameters.connection,
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "Move-ADObject 'CN=WS001,OU=Computers,OU=Corp,DC=contoso,DC=com' 'CN=Computers,DC=contoso,DC=com' -PassThru | ForEach-Object DistinguishedName",
        remarks: "Moves a computer to the default Computers container.",
        prints: "CN=WS001,CN=Computers,DC=contoso,DC=com\n")
    ],
    module: "ActiveDirectory", outputType: ADOutputTypes.object)

  required init() {}

  func process(_ context: CommandContext) throws {
    guard let identity = context.parameters["Identity"] ?? context.input else { return }
    let ad = try ADContext(context)
    let entry = try ad.resolve(identity, as: .object)
    let targetText = ad.string("TargetPath") ?? ""
    guard let target = try ad.find(.string(targetText), as: .object) else {
      throw RuntimeError(
        ADErrors.identityNotFound(
          context, identity: targetText, partition: ad.domain.dn.description))
    }
    var moved = entry.dn
    guard
      try ad.change(
        target: entry.dn.description, action: "Move",
        { moved = try ad.directory.move(entry.dn, to: target.dn) })
    else { return }
    try ad.passThru(moved, as: .object)
  }
}
