import ShellCore

/// Signs out of Microsoft Graph: clears the session's context and writes it.
///
/// As the SDK v2 does, the context signed out from is written to the pipeline (the same
/// object Get-MgContext gave), and signing out without a connection is a non-terminating
/// ArgumentException, "No application to sign out from.".
final class DisconnectMgGraph: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Disconnect-MgGraph",
    synopsis: "Signs out of Microsoft Graph.",
    description: """
      Ends the connection Connect-MgGraph made and writes its context (the AuthContext \
      Get-MgContext showed). Without a connection, writes the error "No application to sign \
      out from.". The lab's Graph cmdlets keep working after it.
      """,
    parameters: [
      ParameterDeclaration(
        "SignOutFromBroker", .switchParameter,
        help: "Also signs out of the Windows broker (WAM); the lab has no broker.")
    ],
    examples: [
      CmdletExample(
        """
        Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
        (Disconnect-MgGraph).Scopes
        $null -eq (Get-MgContext)
        """,
        remarks: "Signs out; the context signed out from is written.",
        prints: "User.Read.All\nTrue\n"),
      CmdletExample(
        "Connect-MgGraph -NoWelcome; Disconnect-MgGraph | Out-Null",
        remarks: "Signs out without showing the context."),
    ],
    module: GraphParameters.authenticationModule)

  required init() {}

  func process(_ context: CommandContext) throws {
    let session = GraphSession.of(context)
    guard let auth = session.context else {
      try context.writeError(Self.notConnected(context))
      return
    }
    session.context = nil
    try context.write(.object(auth.object()))
  }

  /// The SDK's error for signing out without a connection; its ErrorId is empty, so the
  /// FullyQualifiedErrorId is only the cmdlet's class.
  static func notConnected(_ context: CommandContext) -> ErrorRecord {
    ErrorRecord(
      message: "No application to sign out from.", exceptionType: "System.ArgumentException",
      errorId: ",Microsoft.Graph.PowerShell.Authentication.Cmdlets.DisconnectMgGraph",
      category: .closeError, targetObject: .null, commandName: "Disconnect-MgGraph",
      range: nil)
  }
}
