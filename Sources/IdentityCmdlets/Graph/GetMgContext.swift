import ShellCore

/// Gets the context of the current Graph connection (what Connect-MgGraph recorded).
final class GetMgContext: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-MgContext",
    synopsis: "Gets the details of the current Microsoft Graph connection.",
    description: """
      Writes the AuthContext of the current connection: ClientId, TenantId, Scopes, AuthType, \
      TokenCredentialType, CertificateThumbprint, CertificateSubjectName, \
      SendCertificateChain, Account, AppName, ContextScope, Certificate, PSHostVersion, \
      ManagedIdentityId, ClientSecret and Environment, shown as a list. Writes nothing when \
      the session is not connected (the lab's Graph cmdlets work either way).
      """,
    parameters: [],
    examples: [
      CmdletExample(
        """
        Connect-MgGraph -Scopes 'Group.ReadWrite.All' -NoWelcome
        $c = Get-MgContext
        '{0} {1} {2}' -f $c.AuthType, $c.Account, $c.AppName
        """,
        remarks: "Shows who the session is signed in as.",
        prints: "Delegated admin@contoso.onmicrosoft.com Microsoft Graph Command Line Tools\n"),
      CmdletExample(
        "$null -eq (Get-MgContext)", remarks: "Without a connection there is no context.",
        prints: "True\n"),
    ],
    module: GraphParameters.authenticationModule)

  required init() {}

  func process(_ context: CommandContext) throws {
    guard let auth = GraphSession.of(context).context else { return }
    try context.write(.object(auth.object()))
  }
}
