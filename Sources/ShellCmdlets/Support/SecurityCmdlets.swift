import ShellCore

/// The cmdlets that make and read secure strings and credentials, and Read-Host, which
/// scripts use to ask for a password.
enum SecurityCmdlets {
  static let all: [any Cmdlet.Type] = [
    ConvertToSecureString.self, ConvertFromSecureString.self, GetCredential.self, ReadHost.self,
  ]
}
