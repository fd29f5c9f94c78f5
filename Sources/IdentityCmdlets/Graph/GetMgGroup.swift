import ShellCore

/// Gets Microsoft Entra groups (Microsoft Graph v1.0).
final class GetMgGroup: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-MgGroup",
    synopsis: "Gets groups from the tenant.",
    description: """
      With -GroupId, gets one group; otherwise lists groups, the first 100 unless -All or \
      -Top is given. -Filter takes an OData filter (eq, ne, startswith, endswith, in, and, \
      or, not, groupTypes/any(c:c eq 'Unified')); ne, not and endswith need \
      -ConsistencyLevel eventual. -Property selects what the objects carry; the rest is empty. \
      -ExpandProperty members, owners or memberOf fills that relation (at most 20 objects).
      """,
    parameters: [
      GraphParameters.groupId(sets: ["Get"]), GraphParameters.property, GraphExpansion.parameter,
    ]
      + GraphParameters.list,
    defaultParameterSet: "List",
    examples: [
      CmdletExample(
        """
        $g = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
        (Get-MgGroup -Filter "displayName eq 'AZ SG01'").MailNickname
        """,
        remarks: "Finds a group by display name.", prints: "AZSG01\n"),
      CmdletExample(
        """
        $g = New-MgGroup -DisplayName 'M365 - SG01' -MailEnabled -MailNickname 'M365-SG01' -SecurityEnabled:$false -GroupTypes 'Unified'
        Get-MgGroup -Filter "groupTypes/any(c:c eq 'Unified')" -All | ForEach-Object Mail
        """,
        remarks: "Lists the Microsoft 365 groups.", prints: "M365-SG01@contoso.com\n"),
      CmdletExample(
        """
        $g = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
        New-MgGroupMember -GroupId $g.Id -DirectoryObjectId (Get-MgUser -UserId 'bsmith@contoso.com').Id
        (Get-MgGroup -GroupId $g.Id -ExpandProperty members).Members.AdditionalProperties.displayName
        """,
        remarks: "Reads a group with its members inline.", prints: "Bob Smith\n"),
    ],
    module: GraphParameters.module, outputType: GraphOutputTypes.group)

  required init() {}

  func process(_ context: CommandContext) throws {
    try GraphGroupRequests.get(context, beta: false)
  }
}
