import IdentityEngine
import ShellCore

/// Creates an Active Directory user.
final class NewADUser: Cmdlet {
  /// The property parameters of New-ADUser and Set-ADUser and their LDAP attributes.
  static let propertyTable: [(String, String)] = [
    ("GivenName", "givenName"), ("Surname", "sn"), ("DisplayName", "displayName"),
    ("Description", "description"), ("UserPrincipalName", "userPrincipalName"),
    ("EmailAddress", "mail"), ("Department", "department"), ("Title", "title"),
    ("Company", "company"), ("Division", "division"), ("Organization", "o"),
    ("Office", "physicalDeliveryOfficeName"), ("OfficePhone", "telephoneNumber"),
    ("MobilePhone", "mobile"), ("HomePhone", "homePhone"), ("Fax", "facsimileTelephoneNumber"),
    ("City", "l"), ("State", "st"), ("Country", "c"), ("StreetAddress", "streetAddress"),
    ("PostalCode", "postalCode"), ("POBox", "postOfficeBox"), ("EmployeeID", "employeeID"),
    ("EmployeeNumber", "employeeNumber"), ("Manager", "manager"), ("Initials", "initials"),
    ("OtherName", "middleName"), ("HomePage", "wWWHomePage"),
    ("HomeDirectory", "homeDirectory"), ("HomeDrive", "homeDrive"),
    ("ScriptPath", "scriptPath"), ("ProfilePath", "profilePath"),
  ]

  static let declaration = CmdletDeclaration(
    name: "New-ADUser", synopsis: "Creates an Active Directory user.",
    description: """
      Creates a user in -Path (default CN=Users). SamAccountName defaults to -Name; no UPN is \
      made up. The account is enabled only with -Enabled $true and either -AccountPassword or \
      -PasswordNotRequired $true; -Enabled $true without a password creates it disabled and \
      reports that the password does not meet the domain's requirements.
      """,
    parameters: [
      ParameterDeclaration(
        "Name", .string, position: 0, mandatory: true, pipeline: .byPropertyName,
        help: "The name (CN) of the user."),
      ParameterDeclaration("SamAccountName", .string, pipeline: .byPropertyName),
      ParameterDeclaration("Enabled", .bool, pipeline: .byPropertyName),
      ParameterDeclaration(
        "AccountPassword", .typed(SetADAccountPassword.secureStringType),
        pipeline: .byPropertyName,
        help: "The password, a SecureString; the lab records only when it was set."),
      ParameterDeclaration("PasswordNeverExpires", .bool, pipeline: .byPropertyName),
      ParameterDeclaration(
        "PasswordNotRequired", .bool, pipeline: .byPropertyName,
        help: "Sets the PASSWD_NOTREQD bit, so the account may be enabled without a password."),
      ParameterDeclaration("ChangePasswordAtLogon", .bool, pipeline: .byPropertyName),
      ParameterDeclaration(
        "Type", .string, pipeline: .byPropertyName, validValues: ["user", "inetOrgPerson"]),
      ADWriteParameters.path, ADWriteParameters.otherAttributes, ADParameters.passThru,
    ] + ADWriteParameters.properties(propertyTable) + ADParameters.connection,
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "New-ADUser -Name 'Tina Fox' -SamAccountName tfox -GivenName Tina -Surname Fox -PassThru | ForEach-Object DistinguishedName",
        remarks: "Creates a user in the Users container.",
        prints: "CN=Tina Fox,CN=Users,DC=contoso,DC=com\n"),
      CmdletExample(
        "New-ADUser tfox -WhatIf",
        remarks: "Shows what would be created.",
        prints:
          "What if: Performing the operation \"New\" on target \"CN=tfox,CN=Users,DC=contoso,DC=com\".\n"
      ),
    ],
    module: "ActiveDirectory", outputType: ADOutputTypes.user)

  required init() {}

  func process(_ context: CommandContext) throws {
    let ad = try ADContext(context)
    let name = ad.string("Name") ?? ""
    try ADAccountCommand.refusePasswordConflict(context)
    let parent = try ad.string("Path").map { try ad.dn($0) } ?? ad.domain.usersContainer
    let dn = parent.child("CN", name)
    var control = UserAccountControl.normalAccount
    let passwordNotRequired = context.parameters["PasswordNotRequired"]?.isTruthy == true
    let hasPassword = context.parameters["AccountPassword"].map { !$0.isNull } ?? false
    let wantsEnabled = context.parameters["Enabled"]?.isTruthy == true
    // The module never enables an account without a valid password unless the password is
    // not required (ad-module.md §1.3).
    let refusedEnable = wantsEnabled && !hasPassword && !passwordNotRequired
    if !wantsEnabled || refusedEnable {
      control |= UserAccountControl.accountDisable | UserAccountControl.passwordNotRequired
    }
    if passwordNotRequired { control |= UserAccountControl.passwordNotRequired }
    if context.parameters["PasswordNeverExpires"]?.isTruthy == true {
      control |= UserAccountControl.dontExpirePassword
    }
    let attributes =
      try ad.propertyAttributes(Self.propertyTable)
      + [("userAccountControl", [String(control)])]
      + passwordAttributes(context, ad)
      + ad.attributes(of: context.parameters["OtherAttributes"])
    let object = NewObject(
      dn: dn, objectClass: ad.string("Type") == "inetOrgPerson" ? "inetOrgPerson" : "user",
      samAccountName: ad.string("SamAccountName") ?? name, attributes: attributes)
    guard try ad.change(target: dn.description, action: "New", { try ad.directory.create(object) })
    else { return }
    if refusedEnable {
      // The account exists (disabled); enabling it without a password is refused.
      try context.writeError(
        ADErrors.record(
          context,
          "The password does not meet the length, complexity, or history requirement of the domain.",
          category: .invalidData, exception: ADErrors.management + "ADPasswordComplexityException",
          qualifier: "ActiveDirectoryServer:1325", target: .string(dn.description)))
    }
    try ad.passThru(dn, as: .user)
  }

  /// pwdLastSet for a new account given -AccountPassword, unless -ChangePasswordAtLogon asks
  /// for a change at the first logon (pwdLastSet 0, the directory's default).
  private func passwordAttributes(_ context: CommandContext, _ ad: ADContext) -> [(
    String, [String]
  )] {
    guard context.parameters["AccountPassword"] != nil,
      context.parameters["ChangePasswordAtLogon"]?.isTruthy != true
    else { return [] }
    let setAt = SetADAccountPassword.fileTime(ad.directory.now())
    return [("pwdLastSet", [String(setAt)])]
  }
}
