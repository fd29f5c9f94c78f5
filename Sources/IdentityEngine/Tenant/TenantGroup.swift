import Foundation

/// An Entra ID group as Graph describes it: security, Microsoft 365 ("Unified") or
/// mail-enabled, cloud-created or synced from AD.
public struct TenantGroup: Equatable, Sendable {
  /// The objectId, a lowercase GUID.
  public let id: String
  public var displayName: String
  public var description: String?
  public var mailNickname: String?
  public var mail: String?
  public var mailEnabled: Bool
  public var securityEnabled: Bool
  /// `["Unified"]` for Microsoft 365 groups; `["DynamicMembership"]` may join it.
  public var groupTypes: [String]
  /// `Public`, `Private` or nil; Microsoft 365 groups only.
  public var visibility: String?
  public var proxyAddresses: [String]
  public var writebackConfiguration: WritebackConfiguration
  public var onPremises: OnPremisesIdentity
  public var createdDateTime: Date
  /// Set while the group is soft-deleted (in the deleted items container).
  public var deletedDateTime: Date?
  /// The tenant change counter when the group was created and last changed.
  public internal(set) var usnCreated: Int64
  public internal(set) var usnChanged: Int64

  /// True for Microsoft 365 groups (`groupTypes` contains `Unified`).
  public var isUnified: Bool {
    groupTypes.contains { $0.caseInsensitiveCompare("Unified") == .orderedSame }
  }

  /// True when the source of authority is the cloud (not synced from AD): the metaverse's
  /// `cloudMastered`.
  public var isCloudMastered: Bool { onPremises.syncEnabled != true }

  /// `Group_<objectId>`, the metaverse `cloudAnchor` and AD `adminDescription` of a
  /// written-back group.
  public var cloudAnchor: String { "Group_\(id)" }

  /// A mail-enabled group that is neither Microsoft 365 nor synced: an Exchange Online
  /// distribution list or mail-enabled security group, which writeback does not support.
  public var isExchangeMailGroup: Bool { mailEnabled && !isUnified }

  /// The AD group type this group is written back as, or nil when it is not written back.
  ///
  /// The documented rules (adsync-and-writeback.md §3.3): groups synced from AD never are;
  /// cloud distribution lists and mail-enabled security groups are not supported; a
  /// Microsoft 365 group is written back unless `isEnabled` is false, as
  /// `universalDistributionGroup` when no type is set; a security group only when
  /// `isEnabled` is true, and always as `universalSecurityGroup`.
  public var effectiveWriteback: OnPremisesGroupType? {
    guard isCloudMastered, deletedDateTime == nil, !isExchangeMailGroup else { return nil }
    let configuration = writebackConfiguration
    if isUnified {
      guard configuration.isEnabled != false else { return nil }
      return configuration.onPremisesGroupType ?? .universalDistributionGroup
    }
    guard securityEnabled, configuration.isEnabled == true else { return nil }
    return .universalSecurityGroup
  }

  public init(
    id: String, displayName: String, description: String? = nil, mailNickname: String? = nil,
    mail: String? = nil, mailEnabled: Bool = false, securityEnabled: Bool = true,
    groupTypes: [String] = [], visibility: String? = nil, proxyAddresses: [String] = [],
    writebackConfiguration: WritebackConfiguration = WritebackConfiguration(),
    onPremises: OnPremisesIdentity = OnPremisesIdentity(), createdDateTime: Date,
    deletedDateTime: Date? = nil, usnCreated: Int64 = 0, usnChanged: Int64 = 0
  ) {
    self.id = id
    self.displayName = displayName
    self.description = description
    self.mailNickname = mailNickname
    self.mail = mail
    self.mailEnabled = mailEnabled
    self.securityEnabled = securityEnabled
    self.groupTypes = groupTypes
    self.visibility = visibility
    self.proxyAddresses = proxyAddresses
    self.writebackConfiguration = writebackConfiguration
    self.onPremises = onPremises
    self.createdDateTime = createdDateTime
    self.deletedDateTime = deletedDateTime
    self.usnCreated = usnCreated
    self.usnChanged = usnChanged
  }
}

/// What a new group is made of; the tenant fills in the id (unless given), mail and
/// proxyAddresses of Microsoft 365 groups, timestamps and change counters.
public struct NewTenantGroup: Sendable {
  public var displayName: String
  public var mailNickname: String
  public var mailEnabled: Bool
  public var securityEnabled: Bool
  public var groupTypes: [String]
  public var description: String?
  public var visibility: String?
  /// nil applies the tenant's default (`NewUnifiedGroupWritebackDefault`).
  public var writebackConfiguration: WritebackConfiguration?
  /// Set for groups the sync engine creates from AD.
  public var onPremises: OnPremisesIdentity
  /// A fixed objectId (seeding, sync); nil allocates one.
  public var id: String?
  /// Explicit mail/proxyAddresses (synced groups); nil lets the tenant derive them.
  public var mail: String?
  public var proxyAddresses: [String]?

  public init(
    displayName: String, mailNickname: String, mailEnabled: Bool = false,
    securityEnabled: Bool = true, groupTypes: [String] = [], description: String? = nil,
    visibility: String? = nil, writebackConfiguration: WritebackConfiguration? = nil,
    onPremises: OnPremisesIdentity = OnPremisesIdentity(), id: String? = nil,
    mail: String? = nil, proxyAddresses: [String]? = nil
  ) {
    self.displayName = displayName
    self.mailNickname = mailNickname
    self.mailEnabled = mailEnabled
    self.securityEnabled = securityEnabled
    self.groupTypes = groupTypes
    self.description = description
    self.visibility = visibility
    self.writebackConfiguration = writebackConfiguration
    self.onPremises = onPremises
    self.id = id
    self.mail = mail
    self.proxyAddresses = proxyAddresses
  }
}
