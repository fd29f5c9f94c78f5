import IdentityEngine
import ShellCore

/// The body of Add-ADGroupMember and Remove-ADGroupMember: resolve the group and every member
/// first (one unknown member changes nothing), then change the links in one transaction.
enum ADMemberCommand {
  static func run(_ context: CommandContext, add: Bool) throws {
    guard let identity = context.parameters["Identity"] ?? context.input else { return }
    let ad = try ADContext(context)
    let group = try ad.resolve(identity, as: .group)
    let members = try ad.resolveMembers(context.parameters["Members"] ?? .null).map(\.dn)
    let permissive = !context.parameters.isSet("DisablePermissiveModify")
    guard
      try ad.change(
        target: group.dn.description, action: add ? "Add" : "Set", impact: add ? .medium : .high,
        {
          if add {
            try ad.directory.addMembers(group.dn, members, permissive: permissive)
          } else {
            try ad.directory.removeMembers(group.dn, members, permissive: permissive)
          }
        })
    else { return }
    try ad.passThru(group.dn, as: .group)
  }

  static let parameters: [ParameterDeclaration] =
    [
      ADParameters.identity("group"),
      ParameterDeclaration(
        "Members", .anyArray, position: 1, mandatory: true,
        help: "The members: DNs, GUIDs, SIDs, sAMAccountNames or AD objects."),
      ParameterDeclaration(
        "DisablePermissiveModify", .switchParameter,
        help: "Fails on members already in (or not in) the group instead of skipping them."),
      ADParameters.partition, ADParameters.passThru,
    ] + ADParameters.connection
}
