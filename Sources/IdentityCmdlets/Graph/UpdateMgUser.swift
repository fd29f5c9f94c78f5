import IdentityEngine
import ShellCore

/// Changes a Microsoft Entra user's properties.
final class UpdateMgUser: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Update-MgUser",
    synopsis: "Updates a user in the tenant.",
    description: """
      Changes the properties given and writes nothing (True with -PassThru). A user synced \
      from Active Directory is mastered there: only cloud properties such as UsageLocation \
      can change.
      """,
    parameters: [
      GraphParameters.userId(),
      ParameterDeclaration("DisplayName", .string, help: "The new display name."),
      ParameterDeclaration("GivenName", .string, help: "The new first name."),
      ParameterDeclaration("Surname", .string, help: "The new last name."),
      ParameterDeclaration("JobTitle", .string, help: "The new job title."),
      ParameterDeclaration("Department", .string, help: "The new department."),
      ParameterDeclaration("MailNickname", .string, help: "The new mail alias."),
      ParameterDeclaration("UserPrincipalName", .string, help: "The new sign-in name."),
      ParameterDeclaration("AccountEnabled", .switchParameter, help: "Enables or disables."),
      ParameterDeclaration("UsageLocation", .string, help: "Two-letter country code."),
      GraphParameters.bodyParameter, GraphParameters.passThru,
    ],
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        """
        Update-MgUser -UserId 'cloud.only@contoso.onmicrosoft.com' -JobTitle 'Analyst'
        (Get-MgUser -UserId 'cloud.only@contoso.onmicrosoft.com').JobTitle
        """,
        remarks: "Sets a cloud user's job title.", prints: "Analyst\n")
    ],
    module: GraphParameters.usersModule)

  /// The properties AD masters for a synced user, and how each is applied.
  static let edits: [(String, WritableKeyPath<TenantUser, String?>)] = [
    ("GivenName", \.givenName), ("Surname", \.surname), ("JobTitle", \.jobTitle),
    ("Department", \.department), ("MailNickname", \.mailNickname),
  ]

  required init() {}

  func process(_ context: CommandContext) throws {
    let graph = try GraphContext(context)
    guard let id = graph.string("UserId") else { return }
    let body = graph.body()
    _ = try graph.request("Update-MgUser_UpdateExpanded") {
      guard context.shouldProcess(target: id, action: "Update-MgUser") else { return }
      try graph.tenant.updateUser(id) { user in
        var mastered = false
        func text(_ name: String) -> String? { GraphGroupRequests.text(graph, name, body) }
        for (name, path) in Self.edits {
          guard let value = text(name) else { continue }
          user[keyPath: path] = value.isEmpty ? nil : value
          mastered = true
        }
        if let value = text("DisplayName") {
          user.displayName = value
          mastered = true
        }
        if let value = text("UserPrincipalName") {
          user.userPrincipalName = value
          mastered = true
        }
        if let value = GraphGroupRequests.flag(graph, "AccountEnabled", body) {
          user.accountEnabled = value
          mastered = true
        }
        if let value = text("UsageLocation") { user.usageLocation = value }
        if mastered, !user.isCloudMastered { throw GraphFailure.onPremisesMastered }
      }
      if graph.flag("PassThru") == true { try context.write(.bool(true)) }
    }
  }
}
