import IdentityEngine
import ShellCore

/// The body of Add- and Remove-ADPrincipalGroupMembership: resolve the principal and every
/// group first (one unknown group changes nothing), then change each group's members.
enum ADPrincipalMembershipCommand {
  static func run(_ context: CommandContext, add: Bool) throws {
    guard let identity = context.parameters["Identity"] ?? context.input else { return }
    let ad = try ADContext(context)
    let principal = try ad.resolve(identity, as: .principal)
    let groups = try (context.parameters["MemberOf"] ?? .null).enumerated.map {
      try ad.resolve($0, as: .group).dn
    }
    guard
      try ad.change(
        target: principal.dn.description, action: add ? "Add" : "Set",
        impact: add ? .medium : .high,
        {
          for group in groups {
            if add {
              try ad.directory.addMembers(group, [principal.dn])
            } else {
              try ad.directory.removeMembers(group, [principal.dn])
            }
          }
        })
    else { return }
    try ad.passThru(principal.dn, as: ADClass.of(principal))
  }

  static let parameters: [ParameterDeclaration] =
    [
      ParameterDeclaration(
        "Identity", .any, position: 0, mandatory: true, pipeline: .byValue,
        help: "The user, computer or group: a DN, GUID, SID or sAMAccountName, or an object."),
      ParameterDeclaration(
        "MemberOf", .anyArray, position: 1, mandatory: true,
        help: "The groups: DNs, GUIDs, SIDs, sAMAccountNames or AD group objects."),
      ADParameters.partition, ADParameters.passThru,
    ] + ADParameters.connection
}
