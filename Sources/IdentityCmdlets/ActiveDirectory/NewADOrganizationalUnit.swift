import IdentityEngine
import ShellCore

/// Creates an Active Directory organizational unit.
final class NewADOrganizationalUnit: Cmdlet {
  /// The property parameters of New-ADOrganizationalUnit and their LDAP attributes.
  static let propertyTable: [(String, String)] = [
    ("Description", "description"), ("DisplayName", "displayName"), ("City", "l"),
    ("Country", "c"), ("PostalCode", "postalCode"), ("State", "st"),
    ("StreetAddress", "street"), ("ManagedBy", "managedBy"),
  ]

  static let declaration = CmdletDeclaration(
    name: "New-ADOrganizationalUnit", synopsis: "Creates an Active Directory organizational unit.",
    description: """
      Creates an OU in -Path (default: the domain root). New OUs are protected from \
      accidental deletion unless -ProtectedFromAccidentalDeletion $false is given.
      """,
    parameters: [
      ParameterDeclaration(
        "Name", .string, position: 0, mandatory: true, pipeline: .byPropertyName,
        help: "The name (OU) of the organizational unit."),
      ParameterDeclaration("ProtectedFromAccidentalDeletion", .bool, pipeline: .byPropertyName),
      ADWriteParameters.path, ADWriteParameters.otherAttributes, ADParameters.passThru,
    ] + ADWriteParameters.properties(propertyTable) + ADParameters.connection,
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "New-ADOrganizationalUnit Labs -PassThru | ForEach-Object DistinguishedName",
        remarks: "Creates an OU at the domain root.", prints: "OU=Labs,DC=contoso,DC=com\n")
    ],
    module: "ActiveDirectory", outputType: ADOutputTypes.organizationalUnit)

  required init() {}

  func process(_ context: CommandContext) throws {
    let ad = try ADContext(context)
    let parent = try ad.string("Path").map { try ad.dn($0) } ?? ad.domain.dn
    let dn = parent.child("OU", ad.string("Name") ?? "")
    let attributes =
      try ad.propertyAttributes(Self.propertyTable)
      + ad.attributes(of: context.parameters["OtherAttributes"])
    let isProtected = context.parameters["ProtectedFromAccidentalDeletion"]?.isTruthy ?? true
    let object = NewObject(
      dn: dn, objectClass: "organizationalUnit", attributes: attributes, isProtected: isProtected)
    guard try ad.change(target: dn.description, action: "New", { try ad.directory.create(object) })
    else { return }
    try ad.passThru(dn, as: .organizationalUnit)
  }
}
