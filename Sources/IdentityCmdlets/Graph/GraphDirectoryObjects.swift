import IdentityEngine
import ShellCore

/// Builds the SDK's MicrosoftGraphDomain objects from the tenant's domains.
///
/// The properties are the model's (as New-MgDomain lists them), in alphabetical order with
/// AdditionalProperties last. Both lab domains are verified and managed (Entra ID signs the
/// users in); the password policy values are Graph's defaults (a 14-day notification
/// window, passwords that never expire: 2147483647 days).
enum GraphDirectoryObjects {
  static let domainType = "Microsoft.Graph.PowerShell.Models.MicrosoftGraphDomain"

  /// One domain of the tenant.
  struct Domain {
    let name: String
    let isDefault: Bool
    let isInitial: Bool
  }

  /// The tenant's domains: the initial one, then the default custom domain.
  static func domains(_ domains: TenantDomains) -> [Domain] {
    var result = [
      Domain(
        name: domains.initialDomain, isDefault: domains.defaultDomain == domains.initialDomain,
        isInitial: true)
    ]
    if domains.defaultDomain.lowercased() != domains.initialDomain.lowercased() {
      result.append(Domain(name: domains.defaultDomain, isDefault: true, isInitial: false))
    }
    return result
  }

  static let domainFields: [GraphObjects.Field<Domain>] = [
    GraphObjects.Field("AuthenticationType") { _ in .string("Managed") },
    GraphObjects.Field("AvailabilityStatus") { _ in .null },
    GraphObjects.Field("DomainNameReferences", default: false) { _ in .null },
    GraphObjects.Field("FederationConfiguration", default: false) { _ in .null },
    GraphObjects.Field("Id") { .string($0.name) },
    GraphObjects.Field("IsAdminManaged") { _ in .bool(true) },
    GraphObjects.Field("IsDefault") { .bool($0.isDefault) },
    GraphObjects.Field("IsInitial") { .bool($0.isInitial) },
    GraphObjects.Field("IsRoot") { _ in .bool(true) },
    GraphObjects.Field("IsVerified") { _ in .bool(true) },
    GraphObjects.Field("Manufacturer") { _ in .null },
    GraphObjects.Field("Model") { _ in .null },
    GraphObjects.Field("PasswordNotificationWindowInDays") { _ in .integer(14) },
    GraphObjects.Field("PasswordValidityPeriodInDays") { _ in .integer(2_147_483_647) },
    GraphObjects.Field("RootDomain", default: false) { _ in .null },
    GraphObjects.Field("ServiceConfigurationRecords", default: false) { _ in .null },
    GraphObjects.Field("State") { _ in state() },
    GraphObjects.Field("SupportedServices") { _ in
      GraphObjects.strings(["Email", "OfficeCommunicationsOnline"])
    },
    GraphObjects.Field("VerificationDnsRecords", default: false) { _ in .null },
  ]

  /// A MicrosoftGraphDomainState with nothing under way (no operation scheduled).
  static func state() -> Value {
    let object = PSObject(
      typeNames: [GraphEndpoint.model("MicrosoftGraphDomainState"), "System.Object"])
    object.set("LastActionDateTime", .null)
    object.set("Operation", .null)
    object.set("Status", .null)
    object.set("AdditionalProperties", .hashtable(PSHashtable()))
    return .object(object)
  }

  /// Checks `-Property` names against a model's `names`: nil for the default set, else the
  /// lowercased names; throws Graph's `$select` error for an unknown one.
  static func selection(_ selected: [String]?, _ names: [String], _ resource: String) throws
    -> Set<String>?
  {
    guard let selected, !selected.isEmpty else { return nil }
    let known = Set(names.map { $0.lowercased() })
    for name in selected where name != "*" && !known.contains(name.lowercased()) {
      throw GraphFailure(
        code: "BadRequest",
        message: "Parsing OData Select and Expand failed: Could not find a property named "
          + "'\(name)' on type 'microsoft.graph.\(resource)'.")
    }
    return Set(selected.map { $0.lowercased() })
  }

  /// A MicrosoftGraphDomain.
  static func domain(_ domain: Domain, selection: Set<String>? = nil) -> PSObject {
    let object = PSObject(
      typeNames: [GraphEndpoint.model("MicrosoftGraphDomain"), "System.Object"])
    for field in domainFields {
      let shown = GraphObjects.isSelected(field.name, isDefault: field.isDefault, selection)
      object.set(field.name, shown ? field.value(domain) : .null)
    }
    object.set("AdditionalProperties", .hashtable(PSHashtable()))
    return object
  }
}
