import IdentityEngine
import ShellCore

/// Gets the default password policy of the lab's domain.
final class GetADDefaultDomainPasswordPolicy: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-ADDefaultDomainPasswordPolicy",
    synopsis: "Gets the default password policy for an Active Directory domain.",
    description: """
      Writes the domain's password and lockout settings, read from the domain head \
      (maxPwdAge, minPwdAge, minPwdLength, pwdHistoryLength, pwdProperties, lockoutDuration, \
      lockOutObservationWindow, lockoutThreshold): the lab's are the Default Domain Policy's, \
      42 days maximum age, 7 characters, 24 remembered, complexity on, no lockout threshold.
      """,
    parameters: [
      ADParameters.identity("domain", sets: ["Identity"]),
      ADParameters.current("domain to read"),
    ] + ADParameters.connection,
    defaultParameterSet: "Current",
    examples: [
      CmdletExample(
        "(Get-ADDefaultDomainPasswordPolicy).MaxPasswordAge.Days",
        remarks: "Shows how many days a password lasts.", prints: "42\n"),
      CmdletExample(
        "Get-ADDefaultDomainPasswordPolicy -Identity contoso.com | Select-Object MinPasswordLength, ComplexityEnabled",
        remarks: "Reads the policy of a domain named by its DNS name.",
        prints: """

          MinPasswordLength ComplexityEnabled
          ----------------- -----------------
                          7              True


          """),
    ],
    module: "ActiveDirectory", outputType: outputType)

  /// The properties of ADDefaultDomainPasswordPolicy, in the order the module prints them.
  static let propertyNames = [
    "ComplexityEnabled", "DistinguishedName", "LockoutDuration", "LockoutObservationWindow",
    "LockoutThreshold", "MaxPasswordAge", "MinPasswordAge", "MinPasswordLength", "objectClass",
    "objectGuid", "PasswordHistoryCount", "ReversibleEncryptionEnabled",
  ]

  static let typeName = ADErrors.management + "ADDefaultDomainPasswordPolicy"

  static let outputType = [OutputTypeDeclaration(typeName, properties: propertyNames)]

  required init() {}

  func process(_ context: CommandContext) throws {
    let ad = try ADContext(context)
    let domain = ad.domain
    if let identity = context.parameters["Identity"] {
      let text = ADContext.identityText(identity)
      let names = [
        domain.dn.key, domain.guid, domain.sid.lowercased(), domain.dnsName.lowercased(),
        domain.netBIOSName.lowercased(),
      ]
      guard names.contains(text.lowercased()) else {
        throw RuntimeError(
          ADErrors.identityNotFound(context, identity: text, partition: domain.dn.description))
      }
    }
    let policy = ad.factory.policy
    // pwdProperties bits: 0x1 DOMAIN_PASSWORD_COMPLEX, 0x10 DOMAIN_PASSWORD_STORE_CLEARTEXT.
    let values: [Value] = [
      .bool(policy.passwordProperties & 0x1 != 0), .string(domain.dn.description),
      ADPasswordPolicy.timeSpan(policy.lockoutDuration),
      ADPasswordPolicy.timeSpan(policy.lockoutObservationWindow),
      .int(Int32(truncatingIfNeeded: policy.lockoutThreshold)),
      ADPasswordPolicy.timeSpan(policy.maxPasswordAge),
      ADPasswordPolicy.timeSpan(policy.minPasswordAge),
      .int(Int32(truncatingIfNeeded: policy.minPasswordLength)),
      .array([.string("domainDNS")]), .string(domain.guid),
      .int(Int32(truncatingIfNeeded: policy.passwordHistoryCount)),
      .bool(policy.passwordProperties & 0x10 != 0),
    ]
    let object = PSObject(typeNames: [
      Self.typeName, ADErrors.management + "ADEntity", "System.Object",
    ])
    for (name, value) in zip(Self.propertyNames, values) { object.set(name, value) }
    object.defaultDisplayPropertySet = Self.propertyNames
    let dn = domain.dn.description
    object.stringValue = { dn }
    try context.write(.object(object))
  }
}
