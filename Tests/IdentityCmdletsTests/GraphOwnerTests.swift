import Foundation
import IdentityCmdlets
import ShellCore
import Testing

/// The group owner cmdlets: New-MgGroupOwnerByRef, Get-MgGroupOwner and the two remove names,
/// with the errors Graph answers (group-post-owners, group-delete-owners).
@Suite struct GraphOwnerTests {
  /// Creates 'AZ SG01' as `$g` and puts the seeded users in `$ann`, `$bob` and `$cloud`.
  static let setup = """
    $g = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
    $ann = Get-MgUser -UserId 'ajohnson@contoso.com'
    $bob = Get-MgUser -UserId 'bsmith@contoso.com'
    $cloud = Get-MgUser -UserId 'cloud.only@contoso.onmicrosoft.com'
    function Ref($id) { "https://graph.microsoft.com/v1.0/users/$id" }

    """

  /// An object id no seeded or created object has.
  static let unknownId = "00000000-0000-0000-0000-0000000000aa"

  /// The three lines a Graph failure prints: `<operation>: <message>`, status and code.
  static func failure(_ operation: String, _ message: String, status: String, code: String)
    -> String
  {
    "\(operation): \(message)\nStatus: \(status)\nErrorCode: \(code)\n"
  }

  static func notFound(_ operation: String, _ id: String) -> String {
    failure(
      operation,
      "Resource '\(id)' does not exist or one of its queried reference-property objects are "
        + "not present.", status: "404 (NotFound)", code: "Request_ResourceNotFound")
  }

  @Test func ownersComeBackAsDirectoryObjectsWithTheUserInAdditionalProperties() {
    let result = runAD(
      Self.setup + """
        New-MgGroupOwnerByRef -GroupId $g.Id -OdataId (Ref $cloud.Id)
        New-MgGroupOwnerByRef -GroupId $g.Id -BodyParameter @{'@odata.id' = (Ref $ann.Id)}
        Get-MgGroupOwner -GroupId $g.Id | ForEach-Object {
          '{0} {1}' -f $_.AdditionalProperties['@odata.type'], $_.AdditionalProperties.displayName
        }
        (Get-MgGroupOwner -GroupId $g.Id)[0].Id -eq $ann.Id
        """)
    #expect(result.errors == "")
    #expect(
      result.output == """
        #microsoft.graph.user Alice Johnson
        #microsoft.graph.user Cloud Only
        True

        """)
  }

  @Test func addingAnOwnerTwiceIsRefused() {
    let result = runAD(
      Self.setup + """
        New-MgGroupOwnerByRef -GroupId $g.Id -OdataId (Ref $ann.Id)
        New-MgGroupOwnerByRef -GroupId $g.Id -OdataId (Ref $ann.Id)
        @(Get-MgGroupOwner -GroupId $g.Id).Count
        """)
    #expect(result.output == "1\n")
    #expect(
      result.errors
        == Self.failure(
          "New-MgGroupOwnerByRef_CreateExpanded",
          "One or more added object references already exist for the following modified "
            + "properties: 'owners'.", status: "400 (BadRequest)", code: "Request_BadRequest"))
  }

  @Test func theLastOwnerCannotBeRemoved() {
    let result = runAD(
      Self.setup + """
        New-MgGroupOwnerByRef -GroupId $g.Id -OdataId (Ref $ann.Id)
        Remove-MgGroupOwnerDirectoryObjectByRef -GroupId $g.Id -DirectoryObjectId $ann.Id
        (Get-MgGroupOwner -GroupId $g.Id).AdditionalProperties.displayName
        """)
    #expect(result.output == "Alice Johnson\n")
    #expect(
      result.errors
        == Self.failure(
          "Remove-MgGroupOwnerDirectoryObjectByRef_Delete",
          "The group must have at least one owner, hence this owner cannot be removed.",
          status: "400 (BadRequest)", code: "Request_BadRequest"))
  }

  @Test func removingAnObjectThatIsNoOwnerIsNotFound() {
    let result = runAD(
      Self.setup + """
        New-MgGroupOwnerByRef -GroupId $g.Id -OdataId (Ref $ann.Id)
        Remove-MgGroupOwnerByRef -GroupId $g.Id -DirectoryObjectId $bob.Id
        $bob.Id
        """)
    let bobId = result.output.trimmingCharacters(in: .newlines)
    #expect(result.errors == Self.notFound("Remove-MgGroupOwnerByRef_Delete", bobId))
  }

  @Test func aGroupCannotOwnAGroup() {
    let result = runAD(
      Self.setup + """
        $other = New-MgGroup -DisplayName 'AZ SG02' -MailEnabled:$false -MailNickname 'AZSG02' -SecurityEnabled
        New-MgGroupOwnerByRef -GroupId $g.Id -OdataId "https://graph.microsoft.com/v1.0/groups/$($other.Id)"
        $other.Id
        @(Get-MgGroupOwner -GroupId $g.Id).Count
        """)
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(lines.count == 2 && lines.last == "0")
    #expect(
      result.errors
        == Self.failure(
          "New-MgGroupOwnerByRef_CreateExpanded",
          "The reference target 'Group_\(lines.first ?? "")' of type 'Group' is invalid for the "
            + "'owners' reference.", status: "400 (BadRequest)", code: "Request_BadRequest"))
  }

  @Test(arguments: [
    "users/0b1f9851-1bf0-433f-aec3-cb9272f093dc",
    "https://graph.microsoft.com/v1.0/contacts/0b1f9851-1bf0-433f-aec3-cb9272f093dc",
    "https://graph.microsoft.com/0b1f9851-1bf0-433f-aec3-cb9272f093dc",
    "",
  ])
  func aReferenceThatIsNoEntityURLIsUnsupported(_ reference: String) {
    let result = runAD(
      Self.setup + """
        New-MgGroupOwnerByRef -GroupId $g.Id -BodyParameter @{'@odata.id' = '\(reference)'}
        """)
    #expect(result.output == "")
    #expect(
      result.errors
        == Self.failure(
          "New-MgGroupOwnerByRef_Create",
          "Unsupported referenced-object resource identifier for link property 'owners'.",
          status: "400 (BadRequest)", code: "Request_UnsupportedQuery"))
  }

  @Test func aReferenceByUserPrincipalNameIsNotFound() {
    let result = runAD(
      Self.setup + """
        New-MgGroupOwnerByRef -GroupId $g.Id -OdataId 'https://graph.microsoft.com/v1.0/users/ajohnson@contoso.com'
        """)
    #expect(
      result.errors
        == Self.notFound("New-MgGroupOwnerByRef_CreateExpanded", "ajohnson@contoso.com"))
  }

  @Test func aBracedIdAndTheOdataIdKeyAreAccepted() {
    let result = runAD(
      Self.setup + """
        New-MgGroupOwnerByRef -GroupId $g.Id -BodyParameter @{OdataId = "https://graph.microsoft.com/v1.0/directoryObjects/{$($bob.Id)}"}
        (Get-MgGroupOwner -GroupId $g.Id).AdditionalProperties.userPrincipalName
        """)
    #expect(result.errors == "")
    #expect(result.output == "bsmith@contoso.com\n")
  }

  @Test func anUnknownGroupIsNotFoundForEveryOwnerCmdlet() {
    let id = Self.unknownId
    let result = runAD(
      Self.setup + """
        Get-MgGroupOwner -GroupId '\(id)'
        New-MgGroupOwnerByRef -GroupId '\(id)' -OdataId (Ref $ann.Id)
        Remove-MgGroupOwnerDirectoryObjectByRef -GroupId '\(id)' -DirectoryObjectId $ann.Id
        """)
    #expect(result.output == "")
    #expect(
      result.errors
        == Self.notFound("Get-MgGroupOwner_List", id)
        + Self.notFound("New-MgGroupOwnerByRef_CreateExpanded", id)
        + Self.notFound("Remove-MgGroupOwnerDirectoryObjectByRef_Delete", id))
  }

  @Test func anUnknownOwnerIsNotFound() {
    let result = runAD(
      Self.setup + "New-MgGroupOwnerByRef -GroupId $g.Id -OdataId (Ref '\(Self.unknownId)')")
    #expect(
      result.errors == Self.notFound("New-MgGroupOwnerByRef_CreateExpanded", Self.unknownId))
  }

  @Test func removingByAKeyThatIsNoObjectIdIsUnsupported() {
    let result = runAD(
      Self.setup + """
        Remove-MgGroupOwnerDirectoryObjectByRef -GroupId $g.Id -DirectoryObjectId 'ajohnson@contoso.com'
        """)
    #expect(
      result.errors
        == Self.failure(
          "Remove-MgGroupOwnerDirectoryObjectByRef_Delete",
          "Unsupported referenced-object resource identifier for link property 'owners'.",
          status: "400 (BadRequest)", code: "Request_UnsupportedQuery"))
  }

  @Test func whatIfChangesNothing() {
    let result = runAD(
      Self.setup + """
        New-MgGroupOwnerByRef -GroupId $g.Id -OdataId (Ref $ann.Id) -WhatIf
        @(Get-MgGroupOwner -GroupId $g.Id).Count
        New-MgGroupOwnerByRef -GroupId $g.Id -OdataId (Ref $ann.Id)
        New-MgGroupOwnerByRef -GroupId $g.Id -OdataId (Ref $bob.Id)
        Remove-MgGroupOwnerByRef -GroupId $g.Id -DirectoryObjectId $bob.Id -WhatIf
        @(Get-MgGroupOwner -GroupId $g.Id).Count
        $g.Id
        """)
    let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
    let id = lines.count > 4 ? String(lines[4]) : ""
    #expect(result.errors == "")
    #expect(
      result.output == """
        What if: Performing the operation "New-MgGroupOwnerByRef" on target "\(id)".
        0
        What if: Performing the operation "Remove-MgGroupOwnerByRef" on target "\(id)".
        2
        \(id)

        """)
  }

  @Test func topSkipCountAndPropertyShapeTheList() {
    let result = runAD(
      Self.setup + """
        foreach ($u in $ann, $bob, $cloud) { New-MgGroupOwnerByRef -GroupId $g.Id -OdataId (Ref $u.Id) }
        (Get-MgGroupOwner -GroupId $g.Id -Top 2).AdditionalProperties.displayName -join ', '
        (Get-MgGroupOwner -GroupId $g.Id -Skip 1 -All).AdditionalProperties.displayName -join ', '
        Get-MgGroupOwner -GroupId $g.Id -Top 1 -CountVariable n | Out-Null
        "count: $n"
        $o = Get-MgGroupOwner -GroupId $g.Id -Top 1 -Property 'id,userPrincipalName'
        ($o.AdditionalProperties.Keys | Sort-Object) -join ', '
        """)
    #expect(result.errors == "")
    #expect(
      result.output == """
        Alice Johnson, Bob Smith
        Bob Smith, Cloud Only
        count: 3
        @odata.type, userPrincipalName

        """)
  }

  @Test func newMgGroupBindsOwnersAndMembersOrCreatesNothing() {
    let result = runAD(
      Self.setup + """
        $body = @{displayName='AZ SG02'; mailEnabled=$false; mailNickname='AZSG02'; securityEnabled=$true}
        $body['owners@odata.bind'] = @((Ref $ann.Id), (Ref $bob.Id))
        $body['members@odata.bind'] = @("https://graph.microsoft.com/v1.0/directoryObjects/$($cloud.Id)")
        $new = New-MgGroup -BodyParameter $body
        (Get-MgGroupOwner -GroupId $new.Id).AdditionalProperties.displayName -join ', '
        (Get-MgGroupMember -GroupId $new.Id).AdditionalProperties.displayName
        $body['displayName'] = 'AZ SG03'; $body['mailNickname'] = 'AZSG03'
        $body['owners@odata.bind'] = @((Ref '\(Self.unknownId)'))
        New-MgGroup -BodyParameter $body
        (Get-MgGroup -All).DisplayName -join ', '
        """)
    #expect(result.errors == Self.notFound("New-MgGroup_Create", Self.unknownId))
    #expect(
      result.output == """
        Alice Johnson, Bob Smith
        Cloud Only
        AZ SG01, AZ SG02

        """)
  }

  @Test func everyGraphCmdletFileIsRegistered() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Sources/IdentityCmdlets/Graph").standardizedFileURL
    // A generic twin (GraphBetaTwin<GetMgUser>) counts under its class name.
    let registered = Set(
      IdentityCmdlets.all.map { String(String(describing: $0).prefix { $0 != "<" }) })
    for file in try FileManager.default.contentsOfDirectory(atPath: folder.path)
    where file.hasSuffix(".swift") {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      for line in text.split(separator: "\n") where line.hasPrefix("final class ") {
        guard line.contains(": Cmdlet") else { continue }
        let name = line.dropFirst("final class ".count).prefix { $0.isLetter || $0.isNumber }
        #expect(registered.contains(String(name)), "\(name) in \(file) is in no cmdlet list")
      }
    }
  }

  @Test(arguments: [
    "New-MgGroupOwnerByRef", "Get-MgGroupOwner", "Remove-MgGroupOwnerDirectoryObjectByRef",
    "Remove-MgGroupOwnerByRef",
  ])
  func everyOwnerParameterHasHelp(_ name: String) throws {
    let cmdlet = try #require(IdentityCmdlets.all.first { $0.declaration.name == name })
    #expect(!cmdlet.declaration.synopsis.isEmpty)
    for parameter in cmdlet.declaration.parameters {
      #expect(!parameter.help.isEmpty, "\(name) -\(parameter.name)")
    }
  }
}
