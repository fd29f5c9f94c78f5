import IdentityEngine
import ShellCore

/// Creates an Active Directory computer account.
final class NewADComputer: Cmdlet {
  /// The property parameters of New-ADComputer and Set-ADComputer and their LDAP attributes.
  static let propertyTable: [(String, String)] = [
    ("Description", "description"), ("DisplayName", "displayName"),
    ("DNSHostName", "dNSHostName"), ("Location", "location"), ("ManagedBy", "managedBy"),
    ("OperatingSystem", "operatingSystem"), ("OperatingSystemVersion", "operatingSystemVersion"),
    ("OperatingSystemServicePack", "operatingSystemServicePack"),
    ("OperatingSystemHotfix", "operatingSystemHotfix"), ("HomePage", "wWWHomePage"),
    ("UserPrincipalName", "userPrincipalName"),
  ]

  static let declaration = CmdletDeclaration(
    name: "New-ADComputer", synopsis: "Creates a new Active Directory computer object.",
    description: """
      Creates a computer account in -Path (default the domain's Computers container). \
      SamAccountName defaults to -Name followed by $ (a $ is added to a given one that lacks \
      it); the account is an enabled workstation account (userAccountControl 4096) unless \
      -Enabled $false, and its primary group is Domain Computers.
      """,
    parameters: [
      ParameterDeclaration(
        "Name", .string, position: 0, mandatory: true, pipeline: .byPropertyName,
        help: "The name (CN) of the computer."),
      ParameterDeclaration("SamAccountName", .string, pipeline: .byPropertyName),
      ParameterDeclaration("Enabled", .bool, pipeline: .byPropertyName),
      ParameterDeclaration(
        "ServicePrincipalNames", .stringArray, pipeline: .byPropertyName,
        help: "The servicePrincipalName values."),
      ADWriteParameters.path, ADWriteParameters.otherAttributes, ADParameters.passThru,
    ] + ADWriteParameters.properties(propertyTable) + ADParameters.connection,
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "New-ADComputer -Name WS003 -DNSHostName ws003.contoso.com -PassThru | ForEach-Object { $_.DistinguishedName; $_.SamAccountName; $_.Enabled }",
        remarks: "Creates a computer account in the Computers container.",
        prints: "CN=WS003,CN=Computers,DC=contoso,DC=com\nWS003$\nTrue\n"),
      CmdletExample(
        "New-ADComputer WS004 -Path 'OU=Computers,OU=Corp,DC=contoso,DC=com' -Enabled $false; (Get-ADComputer WS004 -Properties userAccountControl).userAccountControl",
        remarks: "Pre-stages a disabled computer account in an OU.", prints: "4098\n"),
    ],
    module: "ActiveDirectory", outputType: ADOutputTypes.computer)

  required init() {}

  func process(_ context: CommandContext) throws {
    let ad = try ADContext(context)
    let name = ad.string("Name") ?? ""
    let parent = try ad.string("Path").map { try ad.dn($0) } ?? ad.domain.wellKnown(.computers)
    let dn = parent.child("CN", name)
    var sam = ad.string("SamAccountName") ?? name
    if !sam.hasSuffix("$") { sam += "$" }
    var control = UserAccountControl.workstationTrustAccount
    if context.parameters["Enabled"].map({ !$0.isTruthy }) ?? false {
      control |= UserAccountControl.accountDisable
    }
    var attributes =
      try ad.propertyAttributes(Self.propertyTable) + [("userAccountControl", [String(control)])]
    if let names = ad.strings("ServicePrincipalNames"), !names.isEmpty {
      attributes.append(("servicePrincipalName", names))
    }
    attributes += try ad.attributes(of: context.parameters["OtherAttributes"])
    let object = NewObject(
      dn: dn, objectClass: "computer", samAccountName: sam, attributes: attributes)
    guard try ad.change(target: dn.description, action: "New", { try ad.directory.create(object) })
    else { return }
    try ad.passThru(dn, as: .computer)
  }
}
