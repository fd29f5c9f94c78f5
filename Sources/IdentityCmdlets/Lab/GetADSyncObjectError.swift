import IdentityEngine
import ShellCore

/// Lists the connector-space objects in error: their export and synchronization errors.
///
/// The module has no such cmdlet: on a real server the Synchronization Service Manager's
/// Connectors tab or `csexport "<connector>" errors.xml /f:e` lists them. Here the same
/// errors Get-ADSyncCSObject shows on each object are listed at once.
final class GetADSyncObjectError: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-ADSyncObjectError",
    synopsis: "Lists the export and synchronization errors held by connector-space objects.",
    description: """
      Each object whose last export or synchronization failed holds the error until an \
      export or synchronization of it succeeds: its type (object-already-exists, \
      permission-issue, constraint-violation, dn-attributes-failure, \
      AttributeValueMustBeUnique, sync-rule-error-function-triggered...), the directory's \
      code, text and detail, its first and latest occurrence and how many runs retried it. \
      Objects are listed in the order they entered the connector spaces. This cmdlet is the \
      lab's own; on a real server csexport.exe with /f:e (export errors) or /f:i (import \
      and synchronization errors) lists them.
      """,
    parameters: [
      ParameterDeclaration(
        "ConnectorName", .string, position: 0, help: "Lists only this connector's objects."),
      ParameterDeclaration(
        "Kind", .string, validValues: ["Export", "Synchronization"],
        help: "Lists only export errors or only synchronization errors."),
    ],
    examples: [
      CmdletExample(
        """
        $group = New-MgGroup -DisplayName 'Sales Team' -MailEnabled:$false -MailNickname 'salesteam' -SecurityEnabled
        Update-MgBetaGroup -GroupId $group.Id -WritebackConfiguration @{isEnabled=$true; onPremisesGroupType='universalSecurityGroup'}
        New-ADGroup -Name ('Sales Team_' + $group.Id.Substring(24)) -GroupScope Global -Path 'OU=GroupWriteback,OU=Corp,DC=contoso,DC=com'
        $null = Start-ADSyncSyncCycle
        $error1 = Get-ADSyncObjectError -ConnectorName 'contoso.com'
        $error1.ErrorType + ' ' + $error1.RetryCount
        """,
        remarks: """
          A group named as the written-back group would be already sits in the writeback \
          OU, so the AD export of the new cloud group fails.
          """,
        prints: "object-already-exists 0\n")
    ], module: LabModule.name)

  required init() {}

  func process(_ context: CommandContext) throws {
    let connector = ADSync.string(context, "ConnectorName")
    let kind = ADSync.string(context, "Kind").map {
      $0.lowercased() == "export" ? SyncObjectError.Kind.export : .synchronization
    }
    let service = try ADSync.service(context)
    let (errors, connectors) = try ADSync.run(context, target: connector.map(Value.string) ?? .null)
    {
      (try service.objectErrors(connector: connector, kind: kind), try service.connectors())
    }
    for error in errors {
      let name =
        connectors.first { $0.identifier.lowercased() == error.connectorId.lowercased() }?.name
        ?? error.connectorId
      let object = PSObject(typeNames: ["ADLab.SyncObjectError", "System.Object"])
      for (key, value): (String, Value) in [
        ("ConnectorName", .string(name)), ("DistinguishedName", .string(error.distinguishedName)),
        ("Kind", .string(error.kind == .export ? "Export" : "Synchronization")),
        ("ErrorType", .string(error.errorType)), ("ErrorCode", .string(error.errorCode)),
        ("ErrorLiteral", .string(error.errorLiteral)),
        ("ErrorExtraDetails", .string(error.extraDetails)),
        ("InitialOccurrence", .date(error.firstOccurred)),
        ("LatestOccurrence", .date(error.lastOccurred)),
        ("RetryCount", .int(Int32(clamping: error.retryCount))),
        ("ObjectId", .string(error.csObjectId)),
      ] {
        object.set(key, value)
      }
      try context.write(.object(object))
    }
  }
}
