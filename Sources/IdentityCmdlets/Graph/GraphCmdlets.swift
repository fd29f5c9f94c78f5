import IdentityEngine
import ShellCore
import ShellFormatting

/// The Microsoft Graph PowerShell cmdlets the lab implements (Microsoft.Graph SDK v2, plus
/// the beta cmdlets that carry writebackConfiguration), listed once, with their aliases and
/// table views.
enum GraphCmdlets {
  static let all: [any Cmdlet.Type] =
    [
      ConnectMgGraph.self, GetMgContext.self, DisconnectMgGraph.self, NewMgGroup.self,
      GetMgGroup.self, GetMgBetaGroup.self, UpdateMgGroup.self, UpdateMgBetaGroup.self,
      RemoveMgGroup.self, NewMgGroupMember.self, GetMgGroupMember.self,
      RemoveMgGroupMemberDirectoryObjectByRef.self, RemoveMgGroupMemberByRef.self,
      NewMgGroupOwnerByRef.self, GetMgGroupOwner.self,
      RemoveMgGroupOwnerDirectoryObjectByRef.self, RemoveMgGroupOwnerByRef.self, NewMgUser.self,
      GetMgUser.self, UpdateMgUser.self, RemoveMgUser.self, GetMgDirectoryDeletedItem.self,
      RestoreMgDirectoryDeletedItem.self, RemoveMgDirectoryDeletedItem.self,
      GetMgUserMemberOf.self, GetMgUserMemberOfAsGroup.self, GetMgUserTransitiveMemberOf.self,
      GetMgGroupTransitiveMember.self, GetMgGroupMemberAsUser.self, GetMgDomain.self,
      GetMgOrganization.self,
    ]
    + betaTwins

  /// The beta modules' read cmdlets the lab answers as their v1.0 twins do.
  static let betaTwins: [any Cmdlet.Type] = [
    GraphBetaTwin<GetMgUser>.self, GraphBetaTwin<GetMgUserMemberOf>.self,
    GraphBetaTwin<GetMgUserMemberOfAsGroup>.self, GraphBetaTwin<GetMgUserTransitiveMemberOf>.self,
    GraphBetaTwin<GetMgGroupMember>.self, GraphBetaTwin<GetMgGroupTransitiveMember>.self,
    GraphBetaTwin<GetMgGroupMemberAsUser>.self, GraphBetaTwin<GetMgGroupOwner>.self,
    GraphBetaTwin<GetMgDomain>.self, GraphBetaTwin<GetMgOrganization>.self,
  ]

  /// The SDK's aliases for its session cmdlets.
  static let aliases: [(String, String)] = [
    ("Connect-Graph", "Connect-MgGraph"), ("Disconnect-Graph", "Disconnect-MgGraph"),
  ]

  /// Registers the SDK's default table columns (adsync-and-writeback.md §4): groups show
  /// DisplayName, Id, MailNickname, Description, GroupTypes; users DisplayName, Id, Mail,
  /// UserPrincipalName; directory objects Id, DeletedDateTime.
  static func registerViews(in interpreter: Interpreter) {
    let registry = interpreter.formatViews
    registry.register(
      FormatView(
        name: "MicrosoftGraphGroup",
        typeNames: [GraphObjects.groupType, GraphObjects.betaGroupType], shape: .table,
        columns: ["DisplayName", "Id", "MailNickname", "Description", "GroupTypes"].map {
          FormatColumn(property: $0)
        }))
    registry.register(
      FormatView(
        name: "MicrosoftGraphUser",
        typeNames: [
          GraphObjects.userType, GraphEndpoint.betaModelNamespace + ".MicrosoftGraphUser",
        ],
        shape: .table,
        columns: ["DisplayName", "Id", "Mail", "UserPrincipalName"].map {
          FormatColumn(property: $0)
        }))
    registry.register(
      FormatView(
        name: "MicrosoftGraphDirectoryObject",
        typeNames: [
          GraphObjects.directoryObjectType,
          GraphEndpoint.betaModelNamespace + ".MicrosoftGraphDirectoryObject",
        ],
        shape: .table,
        columns: ["Id", "DeletedDateTime"].map { FormatColumn(property: $0) }))
  }
}

/// Parameter declarations the Graph cmdlets share.
enum GraphParameters {
  static let module = "Microsoft.Graph.Groups"
  static let usersModule = "Microsoft.Graph.Users"
  static let authenticationModule = "Microsoft.Graph.Authentication"
  static let directoryManagementModule = "Microsoft.Graph.Identity.DirectoryManagement"

  static func groupId(sets: [String] = [], pipeline: PipelineInput = [.byPropertyName])
    -> ParameterDeclaration
  {
    ParameterDeclaration(
      "GroupId", .string, mandatory: true, pipeline: pipeline, sets: sets,
      help: "The key of the group: its object id.")
  }

  static func userId(sets: [String] = []) -> ParameterDeclaration {
    ParameterDeclaration(
      "UserId", .string, mandatory: true, pipeline: [.byPropertyName], sets: sets,
      help: "The key of the user: its object id or userPrincipalName.")
  }

  static let bodyParameter = ParameterDeclaration(
    "BodyParameter", .hashtable,
    help: "The request body as a hashtable of Graph property names and values.")
  static let passThru = ParameterDeclaration(
    "PassThru", .switchParameter, help: "Writes True to the pipeline when the request succeeds.")
  static let directoryObjectId = ParameterDeclaration(
    "DirectoryObjectId", .string, mandatory: true,
    help: "The object id of the user or group to add or remove.")

  /// The parameters of the list (`_List`) form of the Get cmdlets.
  static let list: [ParameterDeclaration] = [
    ParameterDeclaration(
      "Filter", .string, sets: ["List"], help: "An OData filter, such as \"displayName eq 'x'\"."),
    ParameterDeclaration("All", .switchParameter, sets: ["List"], help: "Returns every page."),
    ParameterDeclaration(
      "Top", .int, sets: ["List"], help: "Returns at most this many objects (1 to 999)."),
    ParameterDeclaration(
      "Search", .string, sets: ["List"],
      help: "A search such as '\"displayName:M365\"'; needs -ConsistencyLevel eventual."),
    ParameterDeclaration(
      "ConsistencyLevel", .string, sets: ["List"],
      help: "eventual enables advanced queries (ne, not, endsWith, -Search, counts)."),
    ParameterDeclaration(
      "CountVariable", .string, sets: ["List"], aliases: ["CV"],
      help: "A variable that receives the number of matching objects."),
    ParameterDeclaration(
      "PageSize", .int, sets: ["List"], help: "Objects per page (accepted; paging is internal)."),
  ]

  static let property = ParameterDeclaration(
    "Property", .stringArray, aliases: ["Select"], help: "The properties to return ($select).")
}
