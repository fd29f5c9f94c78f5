/// The properties of tenant users and groups that filters may name, with their OData types
/// and where the store keeps them.
///
/// The OData parser checks names and literal types against this table (as Graph's metadata
/// binder does), and `TenantPredicateSQL` maps each name to its column.
public enum TenantSchema {
  /// The EDM type of a property, as Graph's error messages spell it.
  public enum PropertyType: String, Sendable {
    case string = "Edm.String"
    case boolean = "Edm.Boolean"
    case dateTime = "Edm.DateTimeOffset"
    case guid = "Edm.Guid"
    case stringCollection = "Collection(Edm.String)"
  }

  /// One filterable property.
  public struct Property: Sendable {
    /// Graph's spelling, for example `displayName`.
    public let name: String
    public let type: PropertyType
    /// The `tenantObject` column; nil for collections, which live in `tenantValue`.
    let column: String?
    /// False for columns every row has (no null checks needed).
    let isNullable: Bool
  }

  private static func column(_ name: String, _ type: PropertyType = .string, nullable: Bool = true)
    -> Property
  {
    Property(name: name, type: type, column: name, isNullable: nullable)
  }

  private static func collection(_ name: String) -> Property {
    Property(name: name, type: .stringCollection, column: nil, isNullable: true)
  }

  private static let common: [Property] = [
    column("id", .guid, nullable: false), column("displayName", nullable: false),
    column("mail"), column("mailNickname"), collection("proxyAddresses"),
    column("createdDateTime", .dateTime, nullable: false), column("deletedDateTime", .dateTime),
    column("onPremisesSyncEnabled", .boolean), column("onPremisesSecurityIdentifier"),
    column("onPremisesSamAccountName"), column("onPremisesDomainName"),
    column("onPremisesLastSyncDateTime", .dateTime),
  ]

  static let groupProperties: [Property] =
    common + [
      column("description"), column("mailEnabled", .boolean),
      column("securityEnabled", .boolean), collection("groupTypes"), column("visibility"),
      column("onPremisesNetBiosName"),
    ]

  static let userProperties: [Property] =
    common + [
      column("userPrincipalName"), column("givenName"), column("surname"), column("jobTitle"),
      column("department"), column("accountEnabled", .boolean), column("userType"),
      column("usageLocation"), column("onPremisesImmutableId"),
      column("onPremisesUserPrincipalName"), column("onPremisesDistinguishedName"),
    ]

  /// The filterable properties of a kind of object.
  public static func properties(of kind: TenantObjectKind) -> [Property] {
    kind == .group ? groupProperties : userProperties
  }

  /// A property by name, case-insensitively (Graph accepts `DisplayName`).
  public static func property(_ name: String, of kind: TenantObjectKind) -> Property? {
    properties(of: kind).first { $0.name.caseInsensitiveCompare(name) == .orderedSame }
  }
}
