import Foundation

/// The two kinds of tenant directory objects the lab holds.
public enum TenantObjectKind: String, Sendable, CaseIterable {
  case user
  case group

  /// The Graph resource name used in messages (`User`, `Group`).
  public var resourceName: String { rawValue == "user" ? "User" : "Group" }

  /// The OData type (`#microsoft.graph.user`).
  public var odataType: String { "#microsoft.graph.\(rawValue)" }
}

/// The AD group type a cloud group is written back as (groupWritebackConfiguration).
public enum OnPremisesGroupType: String, Sendable, CaseIterable {
  case universalDistributionGroup
  case universalSecurityGroup
  case universalMailEnabledSecurityGroup

  /// Parses the Graph spelling, case-insensitively.
  public init?(graphName: String) {
    guard
      let match = Self.allCases.first(where: {
        $0.rawValue.caseInsensitiveCompare(graphName) == .orderedSame
      })
    else { return nil }
    self = match
  }

  /// True for the two security types (groupType with the security bit in AD).
  public var isSecurity: Bool { self != .universalDistributionGroup }
}

/// A group's `writebackConfiguration` as stored: each part may be unset (null).
///
/// Whether a group is written back is not these values alone: see
/// `TenantGroup.effectiveWriteback` for the documented defaults.
public struct WritebackConfiguration: Equatable, Sendable {
  public var isEnabled: Bool?
  public var onPremisesGroupType: OnPremisesGroupType?

  public init(isEnabled: Bool? = nil, onPremisesGroupType: OnPremisesGroupType? = nil) {
    self.isEnabled = isEnabled
    self.onPremisesGroupType = onPremisesGroupType
  }
}

/// The `onPremises*` properties of an object synced from Active Directory.
///
/// All nil for cloud objects. `syncEnabled` is Graph's onPremisesSyncEnabled: true while the
/// object is synced, false once sync stopped (the object became cloud-mastered), nil for an
/// object that was never synced.
public struct OnPremisesIdentity: Equatable, Sendable {
  public var syncEnabled: Bool?
  /// Base64 of the source anchor (objectGUID or ms-DS-ConsistencyGuid bytes); users only.
  public var immutableId: String?
  public var securityIdentifier: String?
  public var samAccountName: String?
  public var domainName: String?
  public var netBiosName: String?
  public var userPrincipalName: String?
  public var distinguishedName: String?
  public var lastSyncDateTime: Date?

  public init(
    syncEnabled: Bool? = nil, immutableId: String? = nil, securityIdentifier: String? = nil,
    samAccountName: String? = nil, domainName: String? = nil, netBiosName: String? = nil,
    userPrincipalName: String? = nil, distinguishedName: String? = nil,
    lastSyncDateTime: Date? = nil
  ) {
    self.syncEnabled = syncEnabled
    self.immutableId = immutableId
    self.securityIdentifier = securityIdentifier
    self.samAccountName = samAccountName
    self.domainName = domainName
    self.netBiosName = netBiosName
    self.userPrincipalName = userPrincipalName
    self.distinguishedName = distinguishedName
    self.lastSyncDateTime = lastSyncDateTime
  }

  /// The immutableId Connect sets for an AD objectGUID.
  ///
  /// It is the base64 of the GUID's 16 bytes in .NET order (the first three fields
  /// little-endian), such as `IH4pQeDhy0Cgu9/1sOJxtQ==`.
  public static func immutableId(fromObjectGUID guid: String) -> String? {
    guard let uuid = UUID(uuidString: guid) else { return nil }
    let raw = withUnsafeBytes(of: uuid.uuid) { Array($0) }
    let ordered =
      [raw[3], raw[2], raw[1], raw[0], raw[5], raw[4], raw[7], raw[6]] + Array(raw[8...])
    return Data(ordered).base64EncodedString()
  }
}

/// A user or a group, for APIs that return both (members, change sets).
public enum TenantObject: Equatable, Sendable {
  case user(TenantUser)
  case group(TenantGroup)

  public var id: String {
    switch self {
    case .user(let user): return user.id
    case .group(let group): return group.id
    }
  }

  public var kind: TenantObjectKind {
    switch self {
    case .user: return .user
    case .group: return .group
    }
  }

  public var displayName: String {
    switch self {
    case .user(let user): return user.displayName
    case .group(let group): return group.displayName
    }
  }

  public var usnChanged: Int64 {
    switch self {
    case .user(let user): return user.usnChanged
    case .group(let group): return group.usnChanged
    }
  }

  public var deletedDateTime: Date? {
    switch self {
    case .user(let user): return user.deletedDateTime
    case .group(let group): return group.deletedDateTime
    }
  }
}
