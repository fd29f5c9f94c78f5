import Foundation
import IdentityEngine
import ShellCore

/// Signs in to Microsoft Graph: in the lab, always to the lab's tenant, and records the
/// connection's context for Get-MgContext and Disconnect-MgGraph.
///
/// The parameter sets are the SDK v2's: delegated sign-in (the default), app-only with a
/// certificate or a client secret, a managed identity, a bearer token, or environment
/// variables. No credential is checked and nothing is asked for. Unless -NoWelcome is given,
/// the SDK's welcome text is written to the pipeline as one string, as the SDK does (it is
/// output, not host text: `| Out-Null` hides it, `$x = Connect-MgGraph` captures it).
final class ConnectMgGraph: Cmdlet {
  static let user = "UserParameterSet"
  static let appCertificate = "AppCertificateParameterSet"
  static let identity = "IdentityParameterSet"
  static let appSecret = "AppSecretCredentialParameterSet"
  static let accessToken = "AccessTokenParameterSet"
  static let environmentVariable = "EnvironmentVariableParameterSet"

  static let declaration = CmdletDeclaration(
    name: "Connect-MgGraph",
    synopsis: "Signs in to Microsoft Graph.",
    description: """
      Connects the session to the lab's tenant and records the context Get-MgContext shows: \
      delegated access as the lab's administrator (-Scopes, default User.Read), app-only \
      access (-ClientId with -CertificateThumbprint, -CertificateSubjectName or \
      -Certificate, or -ClientSecretCredential), a managed identity (-Identity), a bearer \
      token (-AccessToken) or environment variables (-EnvironmentVariable). Every sign-in \
      succeeds: -TenantId and the credentials are accepted as given, and the connection is \
      always to the lab's tenant. Writes the SDK's welcome text unless -NoWelcome is given. \
      A lab convenience: the other Graph cmdlets work without Connect-MgGraph, as if \
      already connected.
      """,
    parameters: [
      ParameterDeclaration(
        "Scopes", .stringArray, position: 0, sets: [user],
        help: "The delegated permissions to consent to, such as 'Group.ReadWrite.All'; "
          + "comma-separated names are split. Without it, User.Read."),
      ParameterDeclaration(
        "TenantId", .string, position: 1, sets: [user, appCertificate, appSecret],
        aliases: ["Audience", "Tenant"],
        help: "The tenant to sign in to (an id or domain); the lab always uses its own."),
      ParameterDeclaration(
        "ClientId", .string, sets: [user, appCertificate, identity],
        aliases: ["AppId", "ApplicationId"],
        help: "The app registration to sign in with; for -Identity, the client id of a "
          + "user-assigned managed identity. Required for certificate sign-in."),
      ParameterDeclaration(
        "CertificateSubjectName", .string, sets: [appCertificate],
        aliases: ["CertificateSubject", "CertificateName"],
        help: "The subject name of the app's certificate in the user's certificate store."),
      ParameterDeclaration(
        "CertificateThumbprint", .string, sets: [appCertificate],
        help: "The thumbprint of the app's certificate in the user's certificate store."),
      ParameterDeclaration(
        "SendCertificateChain", .bool, sets: [appCertificate],
        help: "Sends the certificate chain (x5c) with the client assertion."),
      ParameterDeclaration(
        "Certificate", .any, sets: [appCertificate],
        help: "The app's certificate object (its Thumbprint and Subject are recorded)."),
      ParameterDeclaration(
        "ClientSecretCredential", .any, sets: [appSecret],
        aliases: ["SecretCredential", "Credential"],
        help: "A credential whose user name is the app's client id and whose password is "
          + "its client secret."),
      ParameterDeclaration(
        "Identity", .switchParameter, sets: [identity],
        aliases: ["ManagedIdentity", "ManagedServiceIdentity", "MSI"],
        help: "Signs in with the managed identity of the machine or service."),
      ParameterDeclaration(
        "AccessToken", .any, mandatory: true, sets: [accessToken],
        help: "A bearer token for Microsoft Graph (a SecureString in the SDK)."),
      ParameterDeclaration(
        "EnvironmentVariable", .switchParameter, sets: [environmentVariable],
        help: "Signs in with the AZURE_* environment variables of the Azure Identity library."),
      ParameterDeclaration(
        "UseDeviceCode", .switchParameter, sets: [user],
        aliases: ["UseDeviceAuthentication", "DeviceCode", "DeviceAuth", "Device"],
        help: "Signs in with a device code instead of a browser."),
      ParameterDeclaration(
        "ContextScope", .string,
        sets: [appCertificate, appSecret, user, identity, environmentVariable],
        validValues: contextScopes,
        help: "Process (this session only) or CurrentUser (the default for delegated "
          + "access); the lab keeps the context for the session either way."),
      ParameterDeclaration(
        "Environment", .string, aliases: ["EnvironmentName", "NationalCloud"],
        help: "The national cloud: Global (the default), China, USGov or USGovDoD."),
      ParameterDeclaration(
        "ClientTimeout", .double, help: "The HTTP client timeout in seconds (accepted)."),
      ParameterDeclaration("NoWelcome", .switchParameter, help: "Hides the welcome message."),
    ],
    defaultParameterSet: user,
    examples: [
      CmdletExample(
        """
        Connect-MgGraph -Scopes 'Group.ReadWrite.All','User.ReadWrite.All' -NoWelcome
        (Get-MgContext).Scopes -join ', '
        """,
        remarks: "Signs in with two delegated scopes, without the welcome message.",
        prints: "Group.ReadWrite.All, User.ReadWrite.All\n"),
      CmdletExample(
        "Connect-MgGraph -Scopes 'Group.ReadWrite.All'",
        remarks: "Signs in and prints the SDK's welcome message.",
        prints: """
          Welcome to Microsoft Graph!

          Connected via delegated access using 14d82eec-204b-4c2f-b7e8-296a70dab67e
          Readme: https://aka.ms/graph/sdk/powershell
          SDK Docs: https://aka.ms/graph/sdk/powershell/docs
          API Docs: https://aka.ms/graph/docs

          NOTE: You can use the -NoWelcome parameter to suppress this message.


          """),
      CmdletExample(
        """
        Connect-MgGraph -ClientId '5c3a1f2e-8d47-4b6a-9e10-2f3b4c5d6e7f' -TenantId 'contoso.onmicrosoft.com' -CertificateThumbprint 'A1B2C3D4E5F60718293A4B5C6D7E8F9012345678' -NoWelcome
        (Get-MgContext).AuthType
        """,
        remarks: "App-only access with a certificate.", prints: "AppOnly\n"),
    ],
    module: GraphParameters.authenticationModule)

  static let contextScopes = ["Process", "CurrentUser"]
  static let environments = ["Global", "China", "USGov", "USGovDoD"]

  required init() {}

  func process(_ context: CommandContext) throws {
    let graph = try GraphContext(context)
    let set = context.parameters.parameterSetName ?? Self.user
    if set == Self.appCertificate, graph.string("ClientId") == nil {
      throw context.terminatingError(
        "MissingMandatoryParameter",
        "Cannot process command because of one or more missing mandatory parameters: "
          + "ClientId.", category: .invalidArgument,
        exceptionType: "System.Management.Automation.ParameterBindingException")
    }
    var auth = GraphAuthContext(
      clientId: nil, tenantId: try graph.tenant.id(), authType: .delegated,
      tokenCredentialType: .interactiveBrowser, contextScope: "Process",
      environment: Self.canonical(graph.string("Environment"), in: Self.environments)
        ?? "Global")
    auth.psHostVersion = Self.hostVersion(context)
    try Self.describe(set, graph, into: &auth)
    if let scope = Self.canonical(graph.string("ContextScope"), in: Self.contextScopes) {
      auth.contextScope = scope
    }
    GraphSession.of(context).context = auth
    if graph.flag("NoWelcome") != true { try context.write(.string(Self.welcome(auth))) }
  }

  /// Fills in what the parameter set says about the sign-in; the context scope defaults to
  /// CurrentUser for delegated access and Process otherwise, as in the SDK.
  static func describe(_ set: String, _ graph: GraphContext, into auth: inout GraphAuthContext)
    throws
  {
    let clientId = graph.string("ClientId")
    switch set {
    case appCertificate:
      let certificate = graph.context.parameters["Certificate"] ?? .null
      auth.authType = .appOnly
      auth.tokenCredentialType = .clientCertificate
      auth.clientId = clientId
      auth.certificateThumbprint =
        graph.string("CertificateThumbprint") ?? member(certificate, "Thumbprint")
      auth.certificateSubjectName =
        graph.string("CertificateSubjectName") ?? member(certificate, "Subject")
      auth.sendCertificateChain = graph.flag("SendCertificateChain") ?? false
      auth.certificate = certificate
    case appSecret:
      let credential = graph.context.parameters["ClientSecretCredential"] ?? .null
      auth.authType = .appOnly
      auth.tokenCredentialType = .clientSecret
      auth.clientId = member(credential, "UserName") ?? nonEmpty(credential)
      if case .object(let object) = credential, let secret = object.value(of: "Password") {
        auth.clientSecret = secret
      }
    case identity:
      auth.authType = .managedIdentity
      auth.tokenCredentialType = .managedIdentity
      auth.clientId = clientId
      auth.managedIdentityId = clientId
    case accessToken:
      auth.authType = .userProvidedAccessToken
      auth.tokenCredentialType = .userProvidedAccessToken
      auth.clientId = GraphAuthContext.defaultClientId
    case environmentVariable:
      auth.authType = .environmentVariable
      auth.tokenCredentialType = .environmentVariable
    default:
      let domains = try graph.tenant.domains()
      auth.clientId = clientId ?? GraphAuthContext.defaultClientId
      auth.appName = clientId == nil ? GraphAuthContext.defaultAppName : nil
      auth.scopes = scopes(graph.list("Scopes") ?? [])
      auth.tokenCredentialType =
        graph.flag("UseDeviceCode") == true ? .deviceCode : .interactiveBrowser
      auth.account = "\(administrator)@\(domains.initialDomain)"
      auth.contextScope = "CurrentUser"
    }
  }

  /// The mail nickname of the seeded cloud administrator the lab signs in as.
  static let administrator = "admin"

  /// The scopes as the SDK records them: comma-separated names split and trimmed, and
  /// User.Read when none are given.
  static func scopes(_ given: [String]) -> [String] {
    given.isEmpty ? ["User.Read"] : given
  }

  /// The SDK v2's welcome message: one string, its last line ending in a line break.
  static func welcome(_ auth: GraphAuthContext) -> String {
    """
    Welcome to Microsoft Graph!

    Connected via \(auth.authType.rawValue.lowercased()) access using \(auth.clientId ?? "")
    Readme: https://aka.ms/graph/sdk/powershell
    SDK Docs: https://aka.ms/graph/sdk/powershell/docs
    API Docs: https://aka.ms/graph/docs

    NOTE: You can use the -NoWelcome parameter to suppress this message.

    """
  }

  /// The shell's version (`$PSVersionTable.PSVersion`), which the SDK records as the host's.
  static func hostVersion(_ context: CommandContext) -> Value {
    guard case .hashtable(let table)? = context.scope.lookup("psversiontable")?.value else {
      return .null
    }
    return table["PSVersion"] ?? .null
  }

  /// `name` spelled as in `known` when it is one of them (case-insensitively), else as given.
  static func canonical(_ name: String?, in known: [String]) -> String? {
    guard let name else { return nil }
    return known.first { $0.caseInsensitiveCompare(name) == .orderedSame } ?? name
  }

  /// A property of an object argument (a credential's UserName, a certificate's Thumbprint).
  static func member(_ value: Value, _ name: String) -> String? {
    guard case .object(let object) = value, let member = object.value(of: name),
      !member.isNull
    else { return nil }
    return member.toText()
  }

  /// The text of a plain (non-object) argument, if any.
  static func nonEmpty(_ value: Value) -> String? {
    if case .object = value { return nil }
    let text = value.isNull ? "" : value.toText()
    return text.isEmpty ? nil : text
  }
}
