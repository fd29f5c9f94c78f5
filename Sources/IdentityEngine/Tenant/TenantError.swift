/// What the tenant refuses, as plain values that know nothing of the shell.
///
/// IdentityCmdlets maps each case to the status, error code and message Microsoft Graph
/// returns (`message` holds Graph's text).
public enum TenantError: Error, Equatable, Sendable {
  /// No (live) object with that id: 404 Request_ResourceNotFound.
  case notFound(String)
  /// An id that is not a GUID: 400 Request_BadRequest.
  case invalidIdentifier(String)
  /// A unique property already used (userPrincipalName, proxyAddresses, onPremisesImmutableId).
  case alreadyExists(property: String)
  /// A property missing or with a value Graph rejects.
  case invalidValue(property: String, resource: TenantObjectKind)
  /// A UPN whose domain is not one of the tenant's verified domains.
  case unverifiedDomain(String)
  /// Adding a member or owner that is already there.
  case referenceExists(relation: String)
  /// Graph cannot create mail-enabled groups other than Microsoft 365 groups.
  case mailEnabledGroupNotSupported
  /// A writeback type the group's kind cannot have (security groups: universal security only).
  case unsupportedWritebackType(OnPremisesGroupType)
  /// Restoring an object that is not soft-deleted.
  case notDeleted(String)
  /// A group cannot be its own member.
  case selfReference(String)

  /// Graph's message for the error.
  public var message: String {
    switch self {
    case .notFound(let id):
      return "Resource '\(id)' does not exist or one of its queried reference-property objects "
        + "are not present."
    case .invalidIdentifier(let id):
      return "Invalid object identifier '\(id)'."
    case .alreadyExists(let property):
      return "Another object with the same value for property \(property) already exists."
    case .invalidValue(let property, let resource):
      return "Invalid value specified for property '\(property)' of resource "
        + "'\(resource.resourceName)'."
    case .unverifiedDomain:
      return "The domain portion of the userPrincipalName property is invalid. You must use one "
        + "of the verified domain names in your organization."
    case .referenceExists(let relation):
      return "One or more added object references already exist for the following modified "
        + "properties: '\(relation)'."
    case .mailEnabledGroupNotSupported:
      return "The service does not currently support writes of mail-enabled groups. Please "
        + "ensure that the mail-enablement property is unset or is set to false."
    case .unsupportedWritebackType(let type):
      return "Security groups can only be written back as universalSecurityGroup, not "
        + "\(type.rawValue)."
    case .notDeleted(let id):
      return "Resource '\(id)' does not exist or one of its queried reference-property objects "
        + "are not present."
    case .selfReference:
      return "A group cannot be a member of itself."
    }
  }

  /// The HTTP status Graph answers with.
  public var status: Int {
    switch self {
    case .notFound, .notDeleted: return 404
    default: return 400
    }
  }

  /// Graph's error code.
  public var code: String {
    switch self {
    case .notFound, .notDeleted: return "Request_ResourceNotFound"
    default: return "Request_BadRequest"
    }
  }
}
