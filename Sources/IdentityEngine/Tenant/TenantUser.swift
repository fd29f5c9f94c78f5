import Foundation

/// An Entra ID user: cloud-only, or synced from AD (see `onPremises`).
public struct TenantUser: Equatable, Sendable {
  /// The objectId, a lowercase GUID.
  public let id: String
  public var displayName: String
  public var userPrincipalName: String
  public var mail: String?
  public var mailNickname: String?
  public var givenName: String?
  public var surname: String?
  public var jobTitle: String?
  public var department: String?
  public var accountEnabled: Bool
  /// `Member` or `Guest`.
  public var userType: String
  public var usageLocation: String?
  public var proxyAddresses: [String]
  public var onPremises: OnPremisesIdentity
  public var createdDateTime: Date
  /// Set while the user is soft-deleted.
  public var deletedDateTime: Date?
  public internal(set) var usnCreated: Int64
  public internal(set) var usnChanged: Int64

  /// True when the source of authority is the cloud.
  public var isCloudMastered: Bool { onPremises.syncEnabled != true }

  /// `User_<objectId>`, the cloud anchor Connect uses for users.
  public var cloudAnchor: String { "User_\(id)" }

  public init(
    id: String, displayName: String, userPrincipalName: String, mail: String? = nil,
    mailNickname: String? = nil, givenName: String? = nil, surname: String? = nil,
    jobTitle: String? = nil, department: String? = nil, accountEnabled: Bool = true,
    userType: String = "Member", usageLocation: String? = nil, proxyAddresses: [String] = [],
    onPremises: OnPremisesIdentity = OnPremisesIdentity(), createdDateTime: Date,
    deletedDateTime: Date? = nil, usnCreated: Int64 = 0, usnChanged: Int64 = 0
  ) {
    self.id = id
    self.displayName = displayName
    self.userPrincipalName = userPrincipalName
    self.mail = mail
    self.mailNickname = mailNickname
    self.givenName = givenName
    self.surname = surname
    self.jobTitle = jobTitle
    self.department = department
    self.accountEnabled = accountEnabled
    self.userType = userType
    self.usageLocation = usageLocation
    self.proxyAddresses = proxyAddresses
    self.onPremises = onPremises
    self.createdDateTime = createdDateTime
    self.deletedDateTime = deletedDateTime
    self.usnCreated = usnCreated
    self.usnChanged = usnChanged
  }
}

/// What a new user is made of; the tenant fills in the id (unless given), timestamps and
/// change counters.
public struct NewTenantUser: Sendable {
  public var displayName: String
  public var userPrincipalName: String
  public var mailNickname: String?
  public var accountEnabled: Bool
  public var mail: String?
  public var givenName: String?
  public var surname: String?
  public var jobTitle: String?
  public var department: String?
  public var usageLocation: String?
  public var userType: String
  public var proxyAddresses: [String]
  public var onPremises: OnPremisesIdentity
  /// A fixed objectId (seeding, sync); nil allocates one.
  public var id: String?

  public init(
    displayName: String, userPrincipalName: String, mailNickname: String? = nil,
    accountEnabled: Bool = true, mail: String? = nil, givenName: String? = nil,
    surname: String? = nil, jobTitle: String? = nil, department: String? = nil,
    usageLocation: String? = nil, userType: String = "Member", proxyAddresses: [String] = [],
    onPremises: OnPremisesIdentity = OnPremisesIdentity(), id: String? = nil
  ) {
    self.displayName = displayName
    self.userPrincipalName = userPrincipalName
    self.mailNickname = mailNickname
    self.accountEnabled = accountEnabled
    self.mail = mail
    self.givenName = givenName
    self.surname = surname
    self.jobTitle = jobTitle
    self.department = department
    self.usageLocation = usageLocation
    self.userType = userType
    self.proxyAddresses = proxyAddresses
    self.onPremises = onPremises
    self.id = id
  }
}
