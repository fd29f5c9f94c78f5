import Foundation
import IdentityEngine
import ShellCore

/// Builds the SDK's MicrosoftGraphOrganization object: the lab's one tenant.
///
/// The properties are the model's (as New-MgOrganization lists them), in alphabetical order
/// with AdditionalProperties last. The lab knows the tenant's id, its domains (as
/// VerifiedDomains), that it syncs from the lab's Active Directory (OnPremisesSyncEnabled,
/// and the latest sync of any synced object as OnPremisesLastSyncDateTime), and when its
/// first object was created. Its display name is the initial domain's label, capitalized
/// (`Contoso` for contoso.onmicrosoft.com). It is a workforce tenant (`AAD`) without
/// licenses, so the plan lists are empty; the address and contact properties are unset.
enum GraphOrganization {
  static let verifiedDomainType = "MicrosoftGraphVerifiedDomain"

  /// What the organization object is built from.
  struct Facts {
    let id: String
    let domains: TenantDomains
    let createdDateTime: Date?
    let lastSyncDateTime: Date?
    let syncEnabled: Bool
  }

  /// Reads the facts from the tenant.
  static func facts(_ tenant: Tenant) throws -> Facts {
    try tenant.read { transaction in
      let users = try transaction.users()
      let groups = try transaction.groups()
      let created = (users.map(\.createdDateTime) + groups.map(\.createdDateTime)).min()
      let synced =
        users.compactMap(\.onPremises.lastSyncDateTime)
        + groups.compactMap(\.onPremises.lastSyncDateTime)
      return Facts(
        id: try transaction.tenantId(), domains: try transaction.tenantDomains(),
        createdDateTime: created, lastSyncDateTime: synced.max(), syncEnabled: !synced.isEmpty)
    }
  }

  static func fields(_ facts: Facts) -> [(String, Value)] {
    let label = facts.domains.initialDomain.split(separator: ".").first.map(String.init) ?? ""
    let empty = Value.array([])
    return [
      ("AssignedPlans", empty), ("Branding", .null), ("BusinessPhones", empty),
      ("CertificateBasedAuthConfiguration", .null), ("City", .null), ("Country", .null),
      ("CountryLetterCode", .null), ("CreatedDateTime", GraphObjects.date(facts.createdDateTime)),
      ("DefaultUsageLocation", .null), ("DeletedDateTime", .null),
      ("DisplayName", .string(label.prefix(1).uppercased() + label.dropFirst())),
      ("Extensions", .null), ("Id", .string(facts.id)), ("MarketingNotificationEmails", empty),
      ("MobileDeviceManagementAuthority", .null),
      ("OnPremisesLastSyncDateTime", GraphObjects.date(facts.lastSyncDateTime)),
      ("OnPremisesSyncEnabled", facts.syncEnabled ? .bool(true) : .null),
      ("PartnerTenantType", .null), ("PostalCode", .null), ("PreferredLanguage", .null),
      ("PrivacyProfile", .null), ("ProvisionedPlans", empty),
      ("SecurityComplianceNotificationMails", empty),
      ("SecurityComplianceNotificationPhones", empty), ("State", .null), ("Street", .null),
      ("TechnicalNotificationMails", empty), ("TenantType", .string("AAD")),
      ("VerifiedDomains", .array(GraphDirectoryObjects.domains(facts.domains).map(verified))),
    ]
  }

  /// The property names of the model, in order.
  static let propertyNames: [String] = [
    "AssignedPlans", "Branding", "BusinessPhones", "CertificateBasedAuthConfiguration", "City",
    "Country", "CountryLetterCode", "CreatedDateTime", "DefaultUsageLocation", "DeletedDateTime",
    "DisplayName", "Extensions", "Id", "MarketingNotificationEmails",
    "MobileDeviceManagementAuthority", "OnPremisesLastSyncDateTime", "OnPremisesSyncEnabled",
    "PartnerTenantType", "PostalCode", "PreferredLanguage", "PrivacyProfile", "ProvisionedPlans",
    "SecurityComplianceNotificationMails", "SecurityComplianceNotificationPhones", "State",
    "Street", "TechnicalNotificationMails", "TenantType", "VerifiedDomains",
  ]

  /// A MicrosoftGraphVerifiedDomain: name, default/initial flags, `Managed`, and the services.
  static func verified(_ domain: GraphDirectoryObjects.Domain) -> Value {
    let object = PSObject(typeNames: [GraphEndpoint.model(verifiedDomainType), "System.Object"])
    object.set("Capabilities", .string("Email, OfficeCommunicationsOnline"))
    object.set("IsDefault", .bool(domain.isDefault))
    object.set("IsInitial", .bool(domain.isInitial))
    object.set("Name", .string(domain.name))
    object.set("Type", .string("Managed"))
    object.set("AdditionalProperties", .hashtable(PSHashtable()))
    return .object(object)
  }

  /// The MicrosoftGraphOrganization object; with a selection only the names selected (and
  /// Id) carry values.
  static func object(_ facts: Facts, selection: Set<String>?) -> PSObject {
    let object = PSObject(
      typeNames: [GraphEndpoint.model("MicrosoftGraphOrganization"), "System.Object"])
    for (name, value) in fields(facts) {
      let shown = GraphObjects.isSelected(name, isDefault: true, selection)
      object.set(name, shown ? value : .null)
    }
    object.set("AdditionalProperties", .hashtable(PSHashtable()))
    return object
  }
}
