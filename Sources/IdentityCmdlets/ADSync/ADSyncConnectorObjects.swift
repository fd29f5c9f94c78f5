import Foundation
import IdentityEngine
import ShellCore

/// Connectors as the module's Connector objects (adsync-and-writeback.md §1.5): properties in
/// the real type's order, the AD connector's partition with its ConnectorPartitionScope (the
/// OU filter, as lists a script can change and save with Add-ADSyncConnector), connectivity
/// parameters indexable by name, and the object types and attributes the connector imports.
///
/// Version numbers, creation times, the schema and the parameter definitions the lab does not
/// model are left empty or null (their real values are unconfirmed).
enum ADSyncConnectorObjects {
  /// What the lab's AD connector imports: the connector space's object types and attributes.
  static let adObjectTypes = ["group", "user"]
  static let adAttributes =
    ([
      "cn", "description", "displayName", "givenName", "groupType", "isCriticalSystemObject",
      "mail", "mailNickname", "member", "mS-DS-ConsistencyGuid", "msExchRecipientDisplayType",
      "msExchRecipientTypeDetails", "objectGUID", "objectSid", "proxyAddresses",
      "sAMAccountName", "sn", "userAccountControl", "userPrincipalName", "adminDescription",
      "department",
    ]).sorted { $0.lowercased() < $1.lowercased() }
  static let aadAttributes =
    ([
      "cloudAnchor", "cloudMastered", "description", "displayName", "givenName",
      "isSoftDeleted", "isUnified", "mail", "mailEnabled", "mailNickname", "member",
      "onPremiseSecurityIdentifier", "onPremisesSamAccountName", "proxyAddresses",
      "reasonFiltered", "securityEnabled", "sn", "sourceAnchor", "userPrincipalName",
      "writebackEnabled", "writebackType", "department",
    ]).sorted { $0.lowercased() < $1.lowercased() }

  static func connector(_ connector: SyncConnector, scope: PartitionScope, forest: String)
    -> PSObject
  {
    let isAD = connector.kind == .activeDirectory
    let profiles = connector.runProfileNames.map { name -> Value in
      let profile = ADSync.object("RunProfile", [("Name", .string(name)), ("Type", .string(name))])
      profile.stringValue = { name }
      return .object(profile)
    }
    let tenant = (forest.split(separator: ".").first.map(String.init) ?? "contoso")
    let connectivity: [(String, String)] =
      isAD
      ? [
        ("forest-name", forest), ("forest-login-user", "MSOL_3f8e2a1b9c4d"),
        ("forest-login-domain", tenant.uppercased()),
      ] : [("UserName", "Sync_AADC01_8c2d41e7f3a5@\(tenant).onmicrosoft.com")]
    let partitions: [Value] = isAD ? [.object(partition(connector, scope, forest))] : []
    let schema = PSObject(typeNames: [ADSync.model + "Schema", "System.Object"])
    schema.stringValue = { ADSync.model + "Schema" }
    let object = ADSync.object(
      "Connector",
      [
        ("ConnectorTypeName", .string(connector.connectorTypeName)),
        ("Identifier", ADSync.guid(connector.identifier)), ("Version", .null),
        ("InternalVersion", .null), ("FormatVersion", .null), ("Name", .string(connector.name)),
        ("Description", .string("")), ("CreationTime", .null), ("LastModificationTime", .null),
        ("Partitions", .array(PSArray(partitions, collectionType: listType))),
        ("RunProfiles", .array(profiles)), ("ComponentProvisioningMappings", .null),
        ("Schema", .object(schema)), ("AllParameterDefinitions", .array([])),
        ("ConnectivityParameters", parameters(connectivity)), ("GlobalParameters", parameters([])),
        ("CapabilityParameters", parameters([])), ("SchemaParameters", parameters([])),
        ("ObjectInclusionList", list(isAD ? adObjectTypes : ["group", "user"])),
        ("AttributeInclusionList", list(isAD ? adAttributes : aadAttributes)),
        ("AnchorConstructionSettings", .array([])),
        (
          "ListName",
          .string(isAD ? "Active Directory Domain Services" : connector.subtype)
        ),
        ("CompanyName", .string("Microsoft")), ("Type", .string(connector.type)),
        ("Subtype", .string(connector.subtype)), ("IsUpgradeOrImportScenario", .bool(false)),
        ("ExtensionConfiguration", .null), ("PasswordHashConfiguration", .null),
        ("AADPasswordResetConfiguration", .null),
      ])
    let name = connector.name
    object.stringValue = { name }
    return object
  }

  static let listType = PSType.resolve("System.Collections.Generic.List[string]")

  /// A List[string] a script can Add to and Remove from.
  static func list(_ items: [String]) -> Value {
    .array(PSArray(items.map(Value.string), collectionType: listType))
  }

  /// A ParameterKeyedCollection: ConfigurationParameter items, indexable by name.
  static func parameters(_ items: [(String, String)]) -> Value {
    let values = items.map { name, value -> Value in
      let object = ADSync.object(
        "ConfigurationParameter",
        [
          ("Name", .string(name)), ("InputType", .string("String")),
          ("Scope", .string("ConnectivityParameter")), ("Description", .string("")),
          ("RegexValidationPattern", .string("")), ("DefaultValue", .null),
          ("Value", .string(value)), ("Extensible", .bool(false)), ("PageNumber", .int(1)),
          ("Intrinsic", .bool(false)), ("DataType", .string("String")),
        ])
      object.stringValue = { name }
      return .object(object)
    }
    return .array(PSArray(values, keyProperty: "Name"))
  }

  /// The AD connector's one partition (the domain) with its OU filter.
  static func partition(_ connector: SyncConnector, _ scope: PartitionScope, _ forest: String)
    -> PSObject
  {
    let partitionScope = ADSync.object(
      "ConnectorPartitionScope",
      [
        ("ObjectClasses", list(adObjectTypes)),
        ("ContainerInclusionList", list(scope.inclusions)),
        ("ContainerExclusionList", list(scope.exclusions)),
      ])
    partitionScope.stringValue = { ADSync.model + "ConnectorPartitionScope" }
    let partition = ADSync.object(
      "ConnectorPartition",
      [
        ("Identifier", ADSync.guid(ADSyncSpaceObjects.partitionId(connector))),
        ("DN", .string(scope.dn)), ("Version", .null), ("CreationTime", .null),
        ("LastModificationTime", .null), ("Selected", .bool(true)),
        ("ConnectorPartitionScope", .object(partitionScope)), ("Name", .string(forest)),
        ("Parameters", .null), ("PreferredDCs", list([])), ("IsDomain", .bool(true)),
      ])
    let dn = scope.dn
    partition.stringValue = { dn }
    return partition
  }

  /// The OU filter an (edited) Connector object holds, or nil when it has no partition scope.
  static func scope(from value: Value) -> (inclusions: [String], exclusions: [String])? {
    guard let object = value.psObject,
      let partition = object.value(of: "Partitions")?.enumerated.first?.psObject,
      let scope = partition.value(of: "ConnectorPartitionScope")?.psObject
    else { return nil }
    func texts(_ name: String) -> [String] {
      (scope.value(of: name)?.enumerated ?? []).map { $0.toText() }.filter { !$0.isEmpty }
    }
    return (texts("ContainerInclusionList"), texts("ContainerExclusionList"))
  }
}
