import Foundation
import IdentityEngine
import ShellCore

/// Gets one object from the tenant's deleted items (a soft-deleted user or Microsoft 365
/// group).
final class GetMgDirectoryDeletedItem: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-MgDirectoryDeletedItem",
    synopsis: "Gets a recently deleted object from the deleted items.",
    description: """
      Soft-deleted users and Microsoft 365 groups stay in the deleted items for 30 days, \
      restorable with Restore-MgDirectoryDeletedItem; Remove-MgDirectoryDeletedItem deletes \
      them for good. Writes a directoryObject (Id, DeletedDateTime; the name and type are in \
      AdditionalProperties). An object that is not in the deleted items is a 404.
      """,
    parameters: [DeletedItemParameters.directoryObjectId],
    examples: [
      CmdletExample(
        """
        $g = New-MgGroup -DisplayName 'M365 - SG01' -MailEnabled -MailNickname 'M365-SG01' -SecurityEnabled:$false -GroupTypes 'Unified'
        Remove-MgGroup -GroupId $g.Id
        $item = Get-MgDirectoryDeletedItem -DirectoryObjectId $g.Id
        $item.AdditionalProperties['displayName']
        $null -ne $item.DeletedDateTime
        """,
        remarks: "A deleted Microsoft 365 group waits in the deleted items.",
        prints: "M365 - SG01\nTrue\n")
    ],
    module: DeletedItemParameters.module, outputType: GraphOutputTypes.directoryObject)

  required init() {}

  func process(_ context: CommandContext) throws {
    let graph = try GraphContext(context)
    guard let id = graph.string("DirectoryObjectId") else { return }
    let found = try graph.request("Get-MgDirectoryDeletedItem_Get") {
      try DeletedItemParameters.deletedObject(graph, id)
    }
    if let found { try context.write(.object(GraphObjects.directoryObject(found))) }
  }
}

/// What the three deleted-items cmdlets share (module Microsoft.Graph.Identity.DirectoryManagement).
enum DeletedItemParameters {
  static let module = "Microsoft.Graph.Identity.DirectoryManagement"

  static let directoryObjectId = ParameterDeclaration(
    "DirectoryObjectId", .string, mandatory: true, pipeline: [.byPropertyName],
    aliases: ["Id"], help: "The object id of the deleted user or group.")

  /// The soft-deleted object with that id; an id that is not a GUID is Graph's 400, any
  /// other object Graph's 404.
  static func deletedObject(_ graph: GraphContext, _ id: String) throws -> TenantObject {
    guard UUID(uuidString: id) != nil else { throw TenantError.invalidIdentifier(id) }
    let found = try graph.tenant.read { try $0.object(id, includeDeleted: true) }
    guard let found, found.deletedDateTime != nil else { throw TenantError.notFound(id) }
    return found
  }
}
