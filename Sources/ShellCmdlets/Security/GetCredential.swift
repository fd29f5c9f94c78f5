import ShellCore

/// Get-Credential: a PSCredential from a user name and a password typed at the terminal.
final class GetCredential: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-Credential",
    synopsis: "Gets a credential object based on a user name and password.",
    description: """
      On a terminal, shows the title and message, then asks "User:" (unless a user name is \
      given) and "Password for user NAME:" without echoing the password, and returns a \
      PSCredential. A PSCredential passed to -Credential is returned as it is. Without a \
      terminal, or under -NonInteractive, it fails with "PowerShell is in NonInteractive \
      mode.".
      """,
    parameters: [
      ParameterDeclaration(
        "Credential", .any, position: 0,
        help: "A user name to ask the password for, or a PSCredential to return."),
      ParameterDeclaration(
        "Message", .string, help: "The message shown above the prompts."),
      ParameterDeclaration(
        "Title", .string, help: "The title shown above the message."),
      ParameterDeclaration(
        "UserName", .string, help: "The user name; only the password is asked for."),
    ],
    examples: [
      CmdletExample(
        "try { Get-Credential -UserName 'CONTOSO\\jdoe' } catch { $_.Exception.Message }",
        remarks: "Without a terminal there is no one to ask.",
        prints:
          "PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.\n"
      ),
      CmdletExample(
        "$secure = ConvertTo-SecureString 'P@ssw0rd1' -AsPlainText\n"
          + "(Get-Credential ([pscredential]::new('jdoe', $secure))).UserName",
        remarks: "A credential passed in is returned without asking.", prints: "jdoe\n"),
    ],
    module: "Microsoft.PowerShell.Security")

  required init() {}

  func process(_ context: CommandContext) throws {
    let parameters = context.parameters
    if let given = parameters["Credential"]?.unwrapped,
      given.psObject?.typeName == SecureString.credentialTypeName
    {
      try context.write(given)
      return
    }
    try context.requireInteractiveHost()
    let title = parameters["Title"]?.toText() ?? "PowerShell credential request"
    let message = parameters["Message"]?.toText() ?? "Enter your credentials."
    context.interpreter.host.writeOutput("\(title)\n\(message)\n")
    var user = parameters["UserName"]?.toText() ?? parameters["Credential"]?.toText()
    if user == nil || user?.isEmpty == true {
      user = try context.readLineFromUser(prompt: "User: ") ?? ""
    }
    let name = user ?? ""
    let password =
      try context.readLineFromUser(prompt: "Password for user \(name): ", hidden: true) ?? ""
    try context.write(
      SecureString.credential(userName: name, password: SecureString.make(password)))
  }
}
