import IdentityEngine
import ShellCore

/// Creates a cloud-only Microsoft Entra user.
final class NewMgUser: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "New-MgUser",
    synopsis: "Creates a user in the tenant.",
    description: """
      Graph requires -DisplayName, -AccountEnabled, -MailNickname, -UserPrincipalName (in a \
      verified domain of the tenant) and -PasswordProfile @{Password=...; \
      ForceChangePasswordNextSignIn=$true}; the password must be at least 8 characters of \
      three kinds (lower, upper, digits, symbols). Writes the new user.
      """,
    parameters: [
      ParameterDeclaration(
        "DisplayName", .string, sets: ["CreateExpanded"], help: "The user's display name."),
      ParameterDeclaration(
        "AccountEnabled", .switchParameter, sets: ["CreateExpanded"],
        help: "Whether the account can sign in."),
      ParameterDeclaration(
        "MailNickname", .string, sets: ["CreateExpanded"], help: "The mail alias."),
      ParameterDeclaration(
        "UserPrincipalName", .string, sets: ["CreateExpanded"],
        help: "The sign-in name, alias@verified-domain."),
      ParameterDeclaration(
        "PasswordProfile", .hashtable, sets: ["CreateExpanded"],
        help: "@{Password='...'; ForceChangePasswordNextSignIn=$true}."),
      ParameterDeclaration("GivenName", .string, sets: ["CreateExpanded"], help: "First name."),
      ParameterDeclaration("Surname", .string, sets: ["CreateExpanded"], help: "Last name."),
      ParameterDeclaration("JobTitle", .string, sets: ["CreateExpanded"], help: "Job title."),
      ParameterDeclaration("Department", .string, sets: ["CreateExpanded"], help: "Department."),
      ParameterDeclaration(
        "UsageLocation", .string, sets: ["CreateExpanded"], help: "Two-letter country code."),
      ParameterDeclaration(
        "BodyParameter", .hashtable, mandatory: true, sets: ["Create"],
        help: "The request body as a hashtable of Graph property names and values."),
    ],
    defaultParameterSet: "CreateExpanded", supportsShouldProcess: true,
    examples: [
      CmdletExample(
        """
        $u = New-MgUser -DisplayName 'Cloud User1' -AccountEnabled -MailNickname 'clouduser1' -UserPrincipalName 'clouduser1@contoso.onmicrosoft.com' -PasswordProfile @{Password='Lab-Passw0rd!'; ForceChangePasswordNextSignIn=$true}
        $u.UserPrincipalName
        """,
        remarks: "Creates a cloud-only user.", prints: "clouduser1@contoso.onmicrosoft.com\n")
    ],
    module: GraphParameters.usersModule, outputType: GraphOutputTypes.user)

  required init() {}

  func process(_ context: CommandContext) throws {
    let graph = try GraphContext(context)
    let body = graph.body()
    let operation = graph.createOperation("New-MgUser")
    _ = try graph.request(operation) {
      func text(_ name: String) -> String? { GraphGroupRequests.text(graph, name, body) }
      func missing(_ name: String) -> TenantError {
        TenantError.invalidValue(property: name, resource: .user)
      }
      guard let displayName = text("DisplayName") else { throw missing("displayName") }
      guard let enabled = GraphGroupRequests.flag(graph, "AccountEnabled", body) else {
        throw missing("accountEnabled")
      }
      guard let nickname = text("MailNickname") else { throw missing("mailNickname") }
      guard let upn = text("UserPrincipalName") else { throw missing("userPrincipalName") }
      let profile = context.parameters["PasswordProfile"] ?? body["passwordprofile"]
      guard case .hashtable(let table)? = profile else { throw missing("passwordProfile") }
      let password = table.entries.first { $0.key.toText().lowercased() == "password" }
      guard let password, Self.isComplex(password.value.toText()) else {
        throw GraphFailure(
          code: "Request_BadRequest",
          message: "The specified password does not comply with password complexity "
            + "requirements. Please provide a different password.")
      }
      let new = NewTenantUser(
        displayName: displayName, userPrincipalName: upn, mailNickname: nickname,
        accountEnabled: enabled, givenName: text("GivenName"), surname: text("Surname"),
        jobTitle: text("JobTitle"), department: text("Department"),
        usageLocation: text("UsageLocation"))
      guard context.shouldProcess(target: upn, action: "New-MgUser") else { return }
      try context.write(.object(GraphObjects.user(try graph.tenant.createUser(new))))
    }
  }

  /// Entra's rule: 8 to 256 characters, three of lower case, upper case, digits, symbols.
  static func isComplex(_ password: String) -> Bool {
    let kinds = [
      password.contains { $0.isLowercase }, password.contains { $0.isUppercase },
      password.contains { $0.isNumber },
      password.contains { !$0.isLetter && !$0.isNumber && !$0.isWhitespace },
    ]
    return (8...256).contains(password.count) && kinds.filter { $0 }.count >= 3
  }
}
