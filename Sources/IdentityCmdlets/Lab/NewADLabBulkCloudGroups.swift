import IdentityEngine
import ShellCore

/// Fills the lab with synced users and writeback-enabled cloud groups, for sync benchmarks.
final class NewADLabBulkCloudGroups: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "New-ADLabBulkCloudGroups",
    synopsis: "Adds synced users and cloud groups with writeback enabled, for sync benchmarks.",
    description: """
      Adds, in one transaction, -UserCount users synced from AD (AD users Syn00000, … under \
      OU=<OUName>,OU=Corp, inside the AD connector's scope, each with the tenant user Connect \
      made for it) and -GroupCount cloud groups CloudGrp000000, … (even numbers Microsoft 365 \
      groups, odd ones security groups, all with writeback enabled), holding -MembershipCount \
      memberships of those users spread evenly over the groups. The next sync cycle joins the \
      users and writes every group back to AD. The OU must not exist yet. scripts/bench/sync \
      seeds its 100,000-group lab with it.
      """,
    parameters: [
      ParameterDeclaration(
        "GroupCount", .int, position: 0, mandatory: true, help: "How many cloud groups to add."),
      ParameterDeclaration(
        "MembershipCount", .int, position: 1, help: "How many memberships in all (0)."),
      ParameterDeclaration(
        "UserCount", .int,
        help: "How many synced users (MembershipCount / 100, at least 1, at most 10,000)."),
      ParameterDeclaration(
        "OUName", .string, help: "The OU below OU=Corp that holds the AD users (Synced)."),
    ],
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "New-ADLabBulkCloudGroups -GroupCount 4 -MembershipCount 8 -UserCount 2\n"
          + "(Get-MgGroup -Filter \"startswith(displayName,'CloudGrp')\").Count",
        remarks: "Adds two synced users and four cloud groups of two members each.",
        prints: "4\n"),
      CmdletExample(
        "New-ADLabBulkCloudGroups 100000 -MembershipCount 1000000\n"
          + "Start-ADSyncSyncCycle -PolicyType Initial",
        remarks: "The sync benchmark's lab: 10,000 synced users in 100,000 groups, written back."),
    ],
    module: LabModule.name)

  required init() {}

  func process(_ context: CommandContext) throws {
    let ad = try ADContext(context)
    func count(_ name: String) throws -> Int? {
      guard let text = context.parameters[name]?.toText() else { return nil }
      let value = Int(text) ?? -1
      guard value >= 0 else {
        throw RuntimeError(
          ADErrors.record(
            context, "The -\(name) value must not be negative: \(text).",
            category: .invalidArgument, exception: "System.ArgumentException",
            qualifier: "NewADLabBulkCloudGroups.NegativeCount", target: .string(text)))
      }
      return value
    }
    let population = BulkCloudPopulation(
      groupCount: try count("GroupCount") ?? 0, membershipCount: try count("MembershipCount") ?? 0,
      userCount: try count("UserCount"), ouName: ad.string("OUName") ?? "Synced")
    let ou = ad.domain.dn.child("OU", "Corp").child("OU", population.ouName).description
    guard context.shouldProcess(target: ou, action: "New") else { return }
    try ad.run(target: .string(ou)) { _ = try ad.lab.addBulkCloudGroups(population) }
  }
}
