import ShellCore

/// The Microsoft Graph SDK's model types the cmdlets declare (`[OutputType]`), with the
/// properties taken from the same field tables the objects are built from.
enum GraphOutputTypes {
  static let group = [
    OutputTypeDeclaration(
      GraphObjects.groupType,
      properties: (GraphObjects.selectable(.group, beta: false) + GraphExpansion.navigation(.group))
        .sorted() + ["AdditionalProperties"])
  ]
  static let betaGroup = [
    OutputTypeDeclaration(
      GraphObjects.betaGroupType,
      properties: (GraphObjects.selectable(.group, beta: true) + GraphExpansion.navigation(.group))
        .sorted() + ["AdditionalProperties"])
  ]
  static let user = [
    OutputTypeDeclaration(
      GraphObjects.userType,
      properties: (GraphObjects.selectable(.user, beta: false) + GraphExpansion.navigation(.user))
        .sorted() + ["AdditionalProperties"])
  ]
  /// A directory object: the id, the deletion date, and the rest of the JSON in
  /// AdditionalProperties (`GraphObjects.directoryObject`).
  static let directoryObject = [
    OutputTypeDeclaration(
      GraphObjects.directoryObjectType,
      properties: ["DeletedDateTime", "Id", "AdditionalProperties"])
  ]
  static let domain = [
    OutputTypeDeclaration(
      GraphDirectoryObjects.domainType,
      properties: GraphDirectoryObjects.domainFields.map(\.name) + ["AdditionalProperties"])
  ]
}
