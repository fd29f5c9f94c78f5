import IdentityEngine
import ShellCore

/// Gets the members of an Active Directory group.
final class GetADGroupMember: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-ADGroupMember", synopsis: "Gets the members of an Active Directory group.",
    description: """
      Writes the group's direct members (users, computers and groups) as ADPrincipal objects, \
      then the accounts whose primary group it is (primaryGroupID, as the module lists the \
      users of Domain Users); with -Recursive, every user and computer in the nested groups \
      instead (their primary-group members included), each once.
      """,
    parameters: [
      ADParameters.identity("group"), ADParameters.partition,
      ParameterDeclaration(
        "Recursive", .switchParameter, help: "Expands nested groups to their leaf members."),
    ] + ADParameters.connection,
    examples: [
      CmdletExample(
        "Get-ADGroupMember -Identity HR | ForEach-Object SamAccountName",
        remarks: "Lists a group's direct members.", prints: "kwhite\nlharris\n"),
      CmdletExample(
        "(Get-ADGroupMember 'Domain Users').Count",
        remarks: "Counts the accounts whose primary group is Domain Users (primaryGroupID 513).",
        prints: "22\n"),
      CmdletExample(
        "(Get-ADGroupMember 'CN=Users,CN=Builtin,DC=contoso,DC=com' -Recursive).Count",
        remarks: "Counts the users of Builtin\\Users, reached through Domain Users' primary group.",
        prints: "22\n"),
      CmdletExample(
        "(Get-ADGroupMember 'File Share Readers' -Recursive).Count",
        remarks: "Counts the users reached through nested groups.", prints: "18\n"),
    ],
    module: "ActiveDirectory", outputType: ADOutputTypes.principal)

  required init() {}

  func process(_ context: CommandContext) throws {
    guard let identity = context.parameters["Identity"] ?? context.input else { return }
    let ad = try ADContext(context)
    let group = try ad.resolve(identity, as: .group, attributes: .names(["member"]))
    let recursive = context.parameters.isSet("Recursive")
    var members: [DistinguishedName] =
      recursive ? try ad.run { try ad.directory.recursiveMembers(of: group.dn) } : group.members
    // With -Recursive, the primary-group members of every nested group are leaves too.
    var groups = [group]
    if recursive {
      groups += try ad.run {
        try ad.directory.search(
          base: ad.domain.dn,
          filter: .and([.equal("objectClass", "group"), .inChain("memberOf", group.dn.description)])
        )
      }
    }
    var listed = Set(members.map(\.key))
    for nested in groups {
      for dn in try primaryMembers(ad, nested) where listed.insert(dn.key).inserted {
        members.append(dn)
      }
    }
    for dn in members {
      guard let entry = try ad.run({ try ad.directory.entry(dn) }) else { continue }
      try context.write(.object(ad.factory.make(entry, as: .principal)))
    }
  }

  /// The accounts whose primaryGroupID is the group's RID (the group must be of the domain).
  private func primaryMembers(_ ad: ADContext, _ group: DirectoryEntry) throws
    -> [DistinguishedName]
  {
    guard let sid = group.sid, sid.hasPrefix(ad.domain.sid + "-"),
      let rid = sid.split(separator: "-").last
    else { return [] }
    return try ad.run {
      try ad.directory.search(base: ad.domain.dn, filter: .equal("primaryGroupID", String(rid)))
    }.map(\.dn)
  }
}
