import IdentityCmdlets
import ShellCore
import Testing

/// The session cmdlets of the SDK's authentication module (Connect-MgGraph, Get-MgContext,
/// Disconnect-MgGraph) and the SDK v2 member-removal name.
@Suite struct GraphSessionTests {
  /// The lab tenant's id, as the seed fixes it.
  static let tenantId = "b5e2a9c4-71d3-4f08-a6e1-3c9d8f2b7e40"
  /// The SDK's own app registration (delegated sign-in without -ClientId).
  static let sdkClientId = "14d82eec-204b-4c2f-b7e8-296a70dab67e"

  /// The SDK v2 welcome text for `authType` and `clientId`, as Out-Default prints it: the
  /// string ends in a line break, so a blank line follows the NOTE line.
  static func welcome(_ authType: String, _ clientId: String) -> String {
    """
    Welcome to Microsoft Graph!

    Connected via \(authType) access using \(clientId)
    Readme: https://aka.ms/graph/sdk/powershell
    SDK Docs: https://aka.ms/graph/sdk/powershell/docs
    API Docs: https://aka.ms/graph/docs

    NOTE: You can use the -NoWelcome parameter to suppress this message.


    """
  }

  /// One line per context property, `Name=Value`, in the object's order.
  static let dumpContext = """
    $c = Get-MgContext
    foreach ($p in $c.psobject.Properties) { '{0}={1}' -f $p.Name, ($p.Value -join ',') }
    """

  @Test func withoutAConnectionThereIsNoContext() {
    let result = runAD("Get-MgContext\n$null -eq (Get-MgContext)")
    #expect(result.errors == "")
    #expect(result.output == "True\n")
  }

  @Test func connectWritesTheWelcomeTextToThePipeline() {
    let result = runAD(
      """
      Connect-MgGraph -Scopes 'User.Read.All'
      $w = Connect-MgGraph -Scopes 'User.Read.All'
      $w -is [string]
      Connect-MgGraph | Out-Null
      Connect-MgGraph -NoWelcome
      """)
    #expect(result.errors == "")
    #expect(result.output == Self.welcome("delegated", Self.sdkClientId) + "True\n")
  }

  @Test func delegatedSignInRecordsTheSDKsContextInOrder() {
    let result = runAD(
      "Connect-MgGraph -Scopes 'Group.ReadWrite.All, User.ReadWrite.All' -NoWelcome\n"
        + Self.dumpContext)
    #expect(result.errors == "")
    #expect(
      result.output == """
        ClientId=\(Self.sdkClientId)
        TenantId=\(Self.tenantId)
        Scopes=Group.ReadWrite.All,User.ReadWrite.All
        AuthType=Delegated
        TokenCredentialType=InteractiveBrowser
        CertificateThumbprint=
        CertificateSubjectName=
        SendCertificateChain=False
        Account=admin@contoso.onmicrosoft.com
        AppName=Microsoft Graph Command Line Tools
        ContextScope=CurrentUser
        Certificate=
        PSHostVersion=7.5.0
        ManagedIdentityId=
        ClientSecret=
        Environment=Global

        """)
  }

  @Test func theContextIsAnAuthContextShownAsAList() {
    let result = runAD(
      """
      Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
      (Get-MgContext).pstypenames[0]
      "$(Get-MgContext)"
      Get-MgContext
      """)
    #expect(result.errors == "")
    // Empty values leave "Name : " with its trailing space, as pwsh's list does.
    let list = [
      "ClientId               : \(Self.sdkClientId)",
      "TenantId               : \(Self.tenantId)",
      "Scopes                 : {User.Read.All}",
      "AuthType               : Delegated",
      "TokenCredentialType    : InteractiveBrowser",
      "CertificateThumbprint  : ",
      "CertificateSubjectName : ",
      "SendCertificateChain   : False",
      "Account                : admin@contoso.onmicrosoft.com",
      "AppName                : Microsoft Graph Command Line Tools",
      "ContextScope           : CurrentUser",
      "Certificate            : ",
      "PSHostVersion          : 7.5.0",
      "ManagedIdentityId      : ",
      "ClientSecret           : ",
      "Environment            : Global",
    ]
    let typeName = "Microsoft.Graph.PowerShell.Authentication.AuthContext"
    #expect(
      result.output == "\(typeName)\n\(typeName)\n\n" + list.joined(separator: "\n") + "\n\n")
  }

  @Test func delegatedDefaultsAndOptions() {
    let result = runAD(
      """
      Connect-MgGraph -NoWelcome
      (Get-MgContext).Scopes
      Connect-MgGraph 'Group.Read.All' 'contoso.com' -UseDeviceAuthentication -NoWelcome
      $c = Get-MgContext
      '{0} {1} {2}' -f ($c.Scopes -join ','), $c.TokenCredentialType, ($c.TenantId -eq '\(Self.tenantId)')
      Connect-MgGraph -ClientId '11111111-2222-4333-8444-555555555555' -ContextScope process -Environment usgov
      $c = Get-MgContext
      '{0} [{1}] {2} {3}' -f $c.ClientId, $c.AppName, $c.ContextScope, $c.Environment
      """)
    #expect(result.errors == "")
    #expect(
      result.output == """
        User.Read
        Group.Read.All DeviceCode True
        \(Self.welcome("delegated", "11111111-2222-4333-8444-555555555555"))\
        11111111-2222-4333-8444-555555555555 [] Process USGov

        """)
  }

  @Test func appOnlySignInWithACertificateOrASecret() {
    let result = runAD(
      """
      Connect-MgGraph -ClientId 'app-1' -TenantId 'contoso.onmicrosoft.com' -CertificateThumbprint 'AB12' -NoWelcome
      $c = Get-MgContext
      '{0} {1} {2} {3} {4} [{5}] [{6}]' -f $c.ClientId, $c.AuthType, $c.TokenCredentialType, $c.CertificateThumbprint, $c.ContextScope, $c.Account, ($c.Scopes -join ',')
      $secret = [pscustomobject]@{UserName = 'app-2'; Password = 'secret'}
      Connect-MgGraph -TenantId 'contoso.onmicrosoft.com' -ClientSecretCredential $secret
      $c = Get-MgContext
      '{0} {1} {2} {3}' -f $c.ClientId, $c.TokenCredentialType, $c.ClientSecret, $c.ContextScope
      """)
    #expect(result.errors == "")
    #expect(
      result.output == """
        app-1 AppOnly ClientCertificate AB12 Process [] []
        \(Self.welcome("apponly", "app-2"))\
        app-2 ClientSecret secret Process

        """)
  }

  @Test func managedIdentityAndAccessTokenSignIn() {
    let result = runAD(
      """
      Connect-MgGraph -Identity -NoWelcome
      $c = Get-MgContext
      '{0} {1} [{2}] {3}' -f $c.AuthType, $c.TokenCredentialType, $c.ClientId, $c.ContextScope
      Connect-MgGraph -Identity -ClientId 'mi-1' -NoWelcome
      (Get-MgContext).ManagedIdentityId
      Connect-MgGraph -AccessToken 'eyJ0eXAiOiJKV1QifQ'
      (Get-MgContext).AuthType
      """)
    #expect(result.errors == "")
    #expect(
      result.output == """
        ManagedIdentity ManagedIdentity [] Process
        mi-1
        \(Self.welcome("userprovidedaccesstoken", Self.sdkClientId))\
        UserProvidedAccessToken

        """)
  }

  @Test func certificateSignInWithoutAClientIdIsRefused() {
    let result = runAD(
      """
      try { Connect-MgGraph -CertificateThumbprint 'AB12' -NoWelcome } catch { $_.FullyQualifiedErrorId }
      $null -eq (Get-MgContext)
      """)
    #expect(result.errors == "")
    #expect(result.output == "MissingMandatoryParameter,Connect-MgGraph\nTrue\n")
  }

  @Test func disconnectWritesTheContextAndClearsIt() {
    let result = runAD(
      """
      Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
      $d = Disconnect-MgGraph
      '{0} {1}' -f $d.pstypenames[0], ($d.Scopes -join ',')
      $null -eq (Get-MgContext)
      Connect-Graph -Identity -NoWelcome
      (Disconnect-Graph).AuthType
      """)
    #expect(result.errors == "")
    #expect(
      result.output == """
        Microsoft.Graph.PowerShell.Authentication.AuthContext User.Read.All
        True
        ManagedIdentity

        """)
  }

  @Test func disconnectingWithoutAConnectionIsANonTerminatingError() {
    let result = runAD(
      """
      Disconnect-MgGraph -ErrorVariable e -ErrorAction SilentlyContinue
      '{0} | {1} | {2} | {3}' -f $e[0].FullyQualifiedErrorId, $e[0].CategoryInfo.Category, $e[0].Exception.GetType().FullName, $e[0].Exception.Message
      Disconnect-MgGraph
      'after'
      """)
    #expect(
      result.output == """
        ,Microsoft.Graph.PowerShell.Authentication.Cmdlets.DisconnectMgGraph | CloseError \
        | System.ArgumentException | No application to sign out from.
        after

        """)
    #expect(result.errors.hasPrefix("Disconnect-MgGraph:\nLine |\n   3 |  Disconnect-MgGraph\n"))
    #expect(result.errors.hasSuffix("| No application to sign out from.\n"))
  }

  @Test func theGraphCmdletsWorkWithOrWithoutAConnection() {
    let result = runAD(
      """
      (Get-MgUser -UserId 'ajohnson@contoso.com').DisplayName
      Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome
      (Get-MgUser -UserId 'bsmith@contoso.com').DisplayName
      Disconnect-MgGraph | Out-Null
      (Get-MgUser -UserId 'cloud.only@contoso.onmicrosoft.com').DisplayName
      """)
    #expect(result.errors == "")
    #expect(result.output == "Alice Johnson\nBob Smith\nCloud Only\n")
  }

  /// Creates 'AZ SG01' as `$g` with members `$ann` and `$bob`.
  static let membersSetup = """
    $g = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
    $ann = Get-MgUser -UserId 'ajohnson@contoso.com'
    $bob = Get-MgUser -UserId 'bsmith@contoso.com'
    $cloud = Get-MgUser -UserId 'cloud.only@contoso.onmicrosoft.com'
    New-MgGroupMember -GroupId $g.Id -DirectoryObjectId $ann.Id
    New-MgGroupMember -GroupId $g.Id -DirectoryObjectId $bob.Id

    """

  @Test(arguments: ["Remove-MgGroupMemberDirectoryObjectByRef", "Remove-MgGroupMemberByRef"])
  func bothMemberRemovalNamesShareOneBody(_ name: String) {
    let result = runAD(
      Self.membersSetup + """
        \(name) -GroupId $g.Id -DirectoryObjectId $bob.Id -WhatIf
        @(Get-MgGroupMember -GroupId $g.Id).Count
        \(name) -GroupId $g.Id -DirectoryObjectId $bob.Id -PassThru
        \(name) -GroupId $g.Id -DirectoryObjectId $ann.Id
        @(Get-MgGroupMember -GroupId $g.Id).Count
        \(name) -GroupId $g.Id -DirectoryObjectId $cloud.Id
        $cloud.Id
        $g.Id
        """)
    let lines = result.output.split(separator: "\n").map(String.init)
    let cloudId = lines.count > 4 ? lines[4] : ""
    let groupId = lines.count > 5 ? lines[5] : ""
    #expect(
      result.output == """
        What if: Performing the operation "\(name)" on target "\(groupId)".
        2
        True
        0
        \(cloudId)
        \(groupId)

        """)
    #expect(
      result.errors
        == GraphOwnerTests.notFound("\(name)_Delete", cloudId))
  }

  @Test func removingAMemberFromAnUnknownGroupIsNotFound() {
    let result = runAD(
      Self.membersSetup + """
        Remove-MgGroupMemberDirectoryObjectByRef -GroupId '\(GraphOwnerTests.unknownId)' -DirectoryObjectId $ann.Id
        """)
    #expect(result.output == "")
    #expect(
      result.errors
        == GraphOwnerTests.notFound(
          "Remove-MgGroupMemberDirectoryObjectByRef_Delete", GraphOwnerTests.unknownId))
  }

  @Test(arguments: [
    "Connect-MgGraph", "Get-MgContext", "Disconnect-MgGraph",
    "Remove-MgGroupMemberDirectoryObjectByRef", "Remove-MgGroupMemberByRef",
  ])
  func everyParameterHasHelp(_ name: String) throws {
    let cmdlet = try #require(IdentityCmdlets.all.first { $0.declaration.name == name })
    #expect(!cmdlet.declaration.synopsis.isEmpty)
    #expect(!cmdlet.declaration.description.isEmpty)
    for parameter in cmdlet.declaration.parameters {
      #expect(!parameter.help.isEmpty, "\(name) -\(parameter.name)")
    }
  }
}
