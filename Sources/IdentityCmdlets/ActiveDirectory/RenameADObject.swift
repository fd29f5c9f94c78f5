import IdentityEngine
import ShellCore

/// Changes the name of an Active Directory object.
final class RenameADObject: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Rename-ADObject", synopsis: "Changes the name of an Active Directory object.",
    description: """
      Changes the RDN value (name, and cn or ou) of the object; the sAMAccountName of users \
      and groups stays as it was.
      """,
    parameters: [
      ADParameters.identity("object"),
      ParameterDeclaration(
        "NewName", .string, position: 1, mandatory: true, help: "The new name (RDN value)."),
      ADParameters.partition, ADParameters.passThru,
    ] + ADParameters.connection,
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "Rename-ADObject 'CN=HR,OU=Groups,OU=Corp,DC=contoso,DC=com' 'People' -PassThru | ForEach-Object Name; (Get-ADGroup HR).Name",
        remarks: "Renames a group; its sAMAccountName is still HR.", prints: "People\nPeople\n")
    ],
    module: "ActiveDirectory", outputType: ADOutputTypes.object)

  required init() {}

  func process(_ context: CommandContext) throws {
    guard let identity = context.parameters["Identity"] ?? context.input else { return }
    let ad = try ADContext(context)
    let entry = try ad.resolve(identity, as: .object)
    let newName = ad.string("NewName") ?? ""
    var renamed = entry.dn
    guard
      try ad.change(
        target: entry.dn.description, action: "Rename",
        { renamed = try ad.directory.rename(entry.dn, to: newName) })
    else { return }
    try ad.passThru(renamed, as: .object)
  }
}
