import Foundation
import IdentityEngine
import ShellCore

/// Gets the root of the lab's directory information tree.
final class GetADRootDSE: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-ADRootDSE", synopsis: "Gets the root of a directory server information tree.",
    description: """
      Writes the RootDSE of the lab's domain controller: its naming contexts, DNS host name, \
      functional levels, current time and highest committed USN, and what the lab's server \
      supports (paged results, LDAP 3 and 2, the Active Directory capabilities). \
      -Properties adds supportedExtension, or everything with *.
      """,
    parameters: [
      ParameterDeclaration(
        "Properties", .stringArray, aliases: ["Property"],
        help: "Further RootDSE attributes to get: supportedExtension, or *.")
    ] + ADParameters.connection,
    examples: [
      CmdletExample(
        "(Get-ADRootDSE).defaultNamingContext",
        remarks: "Finds the domain's naming context, the usual search base.",
        prints: "DC=contoso,DC=com\n"),
      CmdletExample(
        "(Get-ADRootDSE).namingContexts.Count; (Get-ADRootDSE).domainFunctionality",
        remarks: "Counts the naming contexts and shows the domain's functional level.",
        prints: "5\nWindows2016Domain\n"),
    ],
    module: "ActiveDirectory", outputType: outputType)

  static let defaultNames = [
    "configurationNamingContext", "currentTime", "defaultNamingContext", "dnsHostName",
    "domainControllerFunctionality", "domainFunctionality", "dsServiceName",
    "forestFunctionality", "highestCommittedUSN", "isGlobalCatalogReady", "isSynchronized",
    "ldapServiceName", "namingContexts", "rootDomainNamingContext", "schemaNamingContext",
    "serverName", "subschemaSubentry", "supportedCapabilities", "supportedControl",
    "supportedLDAPPolicies", "supportedLDAPVersion", "supportedSASLMechanisms",
  ]
  static let extraNames = ["supportedExtension"]

  static let typeName = ADErrors.management + "ADRootDSE"
  static let outputType = [
    OutputTypeDeclaration(typeName, properties: defaultNames + extraNames)
  ]

  /// Functional level names by msDS-Behavior-Version.
  static let levels = [
    0: "Windows2000", 2: "Windows2003", 3: "Windows2008", 4: "Windows2008R2",
    5: "Windows2012", 6: "Windows2012R2", 7: "Windows2016", 10: "Windows2025",
  ]

  required init() {}

  func process(_ context: CommandContext) throws {
    let ad = try ADContext(context)
    var extra: [String] = []
    for name in ad.strings("Properties") ?? [] {
      if name == "*" {
        extra = Self.extraNames
      } else if let known = Self.extraNames.first(where: { $0.lowercased() == name.lowercased() }) {
        if !extra.contains(known) { extra.append(known) }
      } else if !Self.defaultNames.contains(where: { $0.lowercased() == name.lowercased() }) {
        throw RuntimeError(ADErrors.invalidProperty(context, name, target: .null))
      }
    }
    let domain = ad.domain
    let dn = domain.dn.description
    let configuration = "CN=Configuration,\(dn)"
    let head = try ad.run {
      try ad.directory.entry(domain.dn, attributes: .names(["msDS-Behavior-Version"]))
    }
    let level = head?.integer("msDS-Behavior-Version").map(Int.init) ?? 0
    let levelName = Self.levels[level] ?? String(level)
    let host = try GetADForest.controllerHostNames(ad).first ?? ""
    let hostName = host.split(separator: ".").first.map(String.init) ?? host
    let server =
      "CN=\(hostName.uppercased()),CN=Servers,CN=\(GetADDomainController.site),CN=Sites,"
      + configuration
    let usn = try ad.run { try ad.directory.highestCommittedUSN() }
    var values: [String: Value] = [
      "configurationNamingContext": .string(configuration),
      "currentTime": .date(Date()), "defaultNamingContext": .string(dn),
      "dnsHostName": .string(host), "domainControllerFunctionality": .string(levelName),
      "domainFunctionality": .string(levelName + "Domain"),
      "dsServiceName": .string("CN=NTDS Settings,\(server)"),
      "forestFunctionality": .string(levelName + "Forest"),
      "highestCommittedUSN": .long(usn), "isGlobalCatalogReady": .array([.string("TRUE")]),
      "isSynchronized": .array([.string("TRUE")]),
      "ldapServiceName": .string(
        "\(domain.dnsName):\(hostName.lowercased())$@\(domain.dnsName.uppercased())"),
      "namingContexts": .array(
        [
          dn, configuration, "CN=Schema,\(configuration)", "DC=DomainDnsZones,\(dn)",
          "DC=ForestDnsZones,\(dn)",
        ].map(Value.string)),
      "rootDomainNamingContext": .string(dn),
      "schemaNamingContext": .string("CN=Schema,\(configuration)"),
      "serverName": .string(server),
      "subschemaSubentry": .string("CN=Aggregate,CN=Schema,\(configuration)"),
      "supportedCapabilities": .array(Self.capabilities.map(Value.string)),
      "supportedControl": .array(Self.controls.map(Value.string)),
      "supportedLDAPPolicies": .array(Self.policies.map(Value.string)),
      "supportedLDAPVersion": .array([.string("3"), .string("2")]),
      "supportedSASLMechanisms": .array(
        ["GSSAPI", "GSS-SPNEGO", "EXTERNAL", "DIGEST-MD5"].map(Value.string)),
    ]
    values["supportedExtension"] = .array(Self.extensions.map(Value.string))
    let names = (Self.defaultNames + extra).sorted {
      $0.lowercased().utf8.lexicographicallyPrecedes($1.lowercased().utf8)
    }
    let object = PSObject(typeNames: [
      Self.typeName, ADErrors.management + "ADEntity", "System.Object",
    ])
    for name in names { object.set(name, values[name] ?? .null) }
    object.defaultDisplayPropertySet = names
    object.stringValue = { "" }
    try context.write(.object(object))
  }

  /// The capabilities of an AD DS domain controller of the 2012 level and later.
  static let capabilities = [
    "1.2.840.113556.1.4.800 (LDAP_CAP_ACTIVE_DIRECTORY_OID)",
    "1.2.840.113556.1.4.1670 (LDAP_CAP_ACTIVE_DIRECTORY_V51_OID)",
    "1.2.840.113556.1.4.1791 (LDAP_CAP_ACTIVE_DIRECTORY_LDAP_INTEG_OID)",
    "1.2.840.113556.1.4.1935 (LDAP_CAP_ACTIVE_DIRECTORY_V61_OID)",
    "1.2.840.113556.1.4.2080 (LDAP_CAP_ACTIVE_DIRECTORY_V61_R2_OID)",
    "1.2.840.113556.1.4.2237 (LDAP_CAP_ACTIVE_DIRECTORY_W8_OID)",
  ]

  /// The controls the lab's searches honour: paged results (-ResultPageSize).
  static let controls = ["1.2.840.113556.1.4.319 (LDAP_PAGED_RESULT_OID_STRING)"]

  /// The extended operations (StartTLS, Who am I, fast bind, password modify).
  static let extensions = [
    "1.3.6.1.4.1.1466.20037", "1.3.6.1.4.1.1466.101.119.1", "1.2.840.113556.1.4.1781",
    "1.3.6.1.4.1.4203.1.11.3",
  ]

  /// The LDAP query policy names a domain controller lists.
  static let policies = [
    "MaxPoolThreads", "MaxPercentDirSyncRequests", "MaxDatagramRecv", "MaxReceiveBuffer",
    "InitRecvTimeout", "MaxConnections", "MaxConnIdleTime", "MaxPageSize",
    "MaxBatchReturnMessages", "MaxQueryDuration", "MaxDirSyncDuration", "MaxTempTableSize",
    "MaxResultSetSize", "MinResultSets", "MaxResultSetsPerConn", "MaxNotificationPerConn",
    "MaxValRange", "MaxValRangeTransitive", "ThreadMemoryLimit", "SystemMemoryLimitPercent",
  ]
}
