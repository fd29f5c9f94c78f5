import IdentityEngine
import ShellCore

/// Creates an Active Directory group.
final class NewADGroup: Cmdlet {
  /// The property parameters of New-ADGroup and Set-ADGroup and their LDAP attributes.
  static let propertyTable: [(String, String)] = [
    ("Description", "description"), ("DisplayName", "displayName"),
    ("HomePage", "wWWHomePage"), ("ManagedBy", "managedBy"),
  ]

  static let declaration = CmdletDeclaration(
    name: "New-ADGroup", synopsis: "Creates an Active Directory group.",
    description: """
      Creates a group in -Path (default CN=Users) with the given scope; the category defaults \
      to Security and SamAccountName to -Name.
      """,
    parameters: [
      ParameterDeclaration(
        "Name", .string, position: 0, mandatory: true, pipeline: .byPropertyName,
        help: "The name (CN) of the group."),
      ParameterDeclaration(
        "GroupScope", .string, position: 1, mandatory: true, pipeline: .byPropertyName,
        validValues: ["DomainLocal", "Global", "Universal", "0", "1", "2"]),
      ParameterDeclaration(
        "GroupCategory", .string, pipeline: .byPropertyName,
        validValues: ["Distribution", "Security", "0", "1"]),
      ParameterDeclaration("SamAccountName", .string, pipeline: .byPropertyName),
      ADWriteParameters.path, ADWriteParameters.otherAttributes, ADParameters.passThru,
    ] + ADWriteParameters.properties(propertyTable) + ADParameters.connection,
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "New-ADGroup Auditors Global -PassThru | ForEach-Object GroupCategory",
        remarks: "Creates a Global group; it is a Security group by default.",
        prints: "Security\n")
    ],
    module: "ActiveDirectory", outputType: ADOutputTypes.group)

  required init() {}

  func process(_ context: CommandContext) throws {
    let ad = try ADContext(context)
    let name = ad.string("Name") ?? ""
    let scope = GroupScope(name: ad.string("GroupScope") ?? "") ?? .global
    let category = GroupCategory(name: ad.string("GroupCategory") ?? "") ?? .security
    let parent = try ad.string("Path").map { try ad.dn($0) } ?? ad.domain.usersContainer
    let dn = parent.child("CN", name)
    let groupType = GroupType(scope: scope, category: category).rawValue
    let attributes =
      try [("groupType", [String(groupType)])] + ad.propertyAttributes(Self.propertyTable)
      + ad.attributes(of: context.parameters["OtherAttributes"])
    let object = NewObject(
      dn: dn, objectClass: "group", samAccountName: ad.string("SamAccountName") ?? name,
      attributes: attributes)
    guard try ad.change(target: dn.description, action: "New", { try ad.directory.create(object) })
    else { return }
    try ad.passThru(dn, as: .group)
  }
}
