import IdentityEngine
import ShellCore

/// Gets the groups a user, computer or group is a direct member of.
final class GetADPrincipalGroupMembership: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-ADPrincipalGroupMembership",
    synopsis: "Gets the Active Directory groups that have a specified user, computer or group.",
    description: """
      Writes the principal's direct groups as ADGroup objects, its primary group (Domain Users \
      for users, Domain Computers for computers) first.
      """,
    parameters: [ADParameters.identity("principal"), ADParameters.partition]
      + ADParameters.connection,
    examples: [
      CmdletExample(
        "Get-ADPrincipalGroupMembership bsmith | ForEach-Object name",
        remarks: "Lists the groups of a user, starting with the primary group.",
        prints: "Domain Users\nSales\nSales Team DL\n")
    ],
    module: "ActiveDirectory", outputType: ADOutputTypes.group)

  static let defaultNames = [
    "distinguishedName", "GroupCategory", "GroupScope", "name", "objectClass", "objectGUID",
    "SamAccountName", "SID",
  ]

  required init() {}

  func process(_ context: CommandContext) throws {
    guard let identity = context.parameters["Identity"] ?? context.input else { return }
    let ad = try ADContext(context)
    let principal = try ad.resolve(
      identity, as: .principal, attributes: .names(["memberOf", "primaryGroupID"]))
    var groups: [DistinguishedName] = []
    if let rid = principal.integer("primaryGroupID"),
      let primary = try ad.run({
        try ad.directory.entries(whereColumn: .sid, equals: "\(ad.domain.sid)-\(rid)").first
      })
    {
      groups.append(primary.dn)
    }
    groups += principal.memberOf.filter { !groups.contains($0) }
    for dn in groups {
      guard
        let entry = try ad.run({ try ad.directory.entry(dn, attributes: .names(["groupType"])) })
      else { continue }
      try context.write(
        .object(ad.factory.make(entry, as: .group, defaultNames: Self.defaultNames)))
    }
  }
}
