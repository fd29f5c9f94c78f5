import Foundation
import ShellCore

/// The Graph connection of an interpreter: the context Connect-MgGraph recorded, until
/// Disconnect-MgGraph clears it.
///
/// The session holds one context at a time, as the SDK's GraphSession does, and a second
/// Connect-MgGraph replaces it. It lives in the interpreter's `moduleState` (as `ADSession`
/// does), so it ends with the shell: a `CurrentUser` context scope is recorded but nothing
/// is cached on disk. The lab's other Graph cmdlets never look at it; they run with or
/// without a connection.
final class GraphSession {
  /// The key of the session in `Interpreter.moduleState`.
  private static let stateKey = "IdentityCmdlets.GraphSession"

  /// The context of the current connection; nil when not connected.
  var context: GraphAuthContext?

  /// The session of the interpreter running `context`, created on first use.
  static func of(_ context: CommandContext) -> GraphSession {
    let interpreter = context.interpreter
    if let session = interpreter.moduleState[stateKey] as? GraphSession { return session }
    let session = GraphSession()
    interpreter.moduleState[stateKey] = session
    return session
  }
}

/// What Get-MgContext shows: the SDK's AuthContext for one connection.
///
/// The properties and their order are the SDK's (IAuthContext as Get-MgContext lists it). A
/// property the connection did not set is `$null`, as in the SDK.
struct GraphAuthContext {
  /// The SDK's AuthenticationType.
  enum AuthType: String {
    case delegated = "Delegated"
    case appOnly = "AppOnly"
    case userProvidedAccessToken = "UserProvidedAccessToken"
    case managedIdentity = "ManagedIdentity"
    case environmentVariable = "EnvironmentVariable"
  }

  /// The SDK's TokenCredentialType: how the token was obtained.
  enum TokenCredentialType: String {
    case interactiveBrowser = "InteractiveBrowser"
    case deviceCode = "DeviceCode"
    case clientCertificate = "ClientCertificate"
    case userProvidedAccessToken = "UserProvidedAccessToken"
    case managedIdentity = "ManagedIdentity"
    case clientSecret = "ClientSecret"
    case environmentVariable = "EnvironmentVariable"
  }

  static let typeName = "Microsoft.Graph.PowerShell.Authentication.AuthContext"
  /// The SDK's own app registration, used for delegated sign-in without -ClientId.
  static let defaultClientId = "14d82eec-204b-4c2f-b7e8-296a70dab67e"
  /// The display name of the default app registration.
  static let defaultAppName = "Microsoft Graph Command Line Tools"

  var clientId: String?
  var tenantId: String
  var scopes: [String]?
  var authType: AuthType
  var tokenCredentialType: TokenCredentialType
  var certificateThumbprint: String?
  var certificateSubjectName: String?
  var sendCertificateChain = false
  var account: String?
  var appName: String?
  var contextScope: String
  var certificate: Value = .null
  var psHostVersion: Value = .null
  var managedIdentityId: String?
  var clientSecret: Value = .null
  var environment: String

  /// The AuthContext object, with the SDK's properties in its order.
  func object() -> PSObject {
    let object = PSObject(typeNames: [Self.typeName, "System.Object"])
    let fields: [(String, Value)] = [
      ("ClientId", Self.text(clientId)),
      ("TenantId", .string(tenantId)),
      ("Scopes", scopes.map { .array($0.map(Value.string)) } ?? .null),
      ("AuthType", .string(authType.rawValue)),
      ("TokenCredentialType", .string(tokenCredentialType.rawValue)),
      ("CertificateThumbprint", Self.text(certificateThumbprint)),
      ("CertificateSubjectName", Self.text(certificateSubjectName)),
      ("SendCertificateChain", .bool(sendCertificateChain)),
      ("Account", Self.text(account)),
      ("AppName", Self.text(appName)),
      ("ContextScope", .string(contextScope)),
      ("Certificate", certificate),
      ("PSHostVersion", psHostVersion),
      ("ManagedIdentityId", Self.text(managedIdentityId)),
      ("ClientSecret", clientSecret),
      ("Environment", .string(environment)),
    ]
    for (name, value) in fields { object.set(name, value) }
    object.stringValue = { Self.typeName }
    return object
  }

  private static func text(_ value: String?) -> Value { value.map(Value.string) ?? .null }
}
