import IdentityEngine
import ShellCore

/// Fills the lab with numbered users and groups, for load tests and benchmarks.
final class NewADLabBulkObjects: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "New-ADLabBulkObjects",
    synopsis: "Adds numbered users and groups to the lab, for load tests.",
    description: """
      Adds -Count objects under OU=<OUName> (Bulk by default, created when missing), in one \
      transaction: half are users Usr00000, Usr00001, … (sAMAccountName usr00000, UPN \
      usr00000@<domain>), half groups Grp00000, … whose one member is the user with the same \
      number; group scopes cycle Global, DomainLocal, Universal. A name already in use fails \
      the whole call and adds nothing. scripts/bench/ad seeds its 100,000-object lab with it.
      """,
    parameters: [
      ParameterDeclaration(
        "Count", .int, position: 0, mandatory: true, help: "How many objects to add in all."),
      ParameterDeclaration(
        "OUName", .string, help: "The OU below the domain head that holds them (Bulk)."),
    ],
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "New-ADLabBulkObjects -Count 10; (Get-ADGroup -Filter \"Name -like 'Grp*'\").Count",
        remarks: "Adds five users and five groups, then counts the groups.", prints: "5\n"),
      CmdletExample(
        "(Get-ADGroupMember Grp00003).SamAccountName", remarks: "Each group holds one user."),
    ],
    module: LabModule.name)

  required init() {}

  func process(_ context: CommandContext) throws {
    let ad = try ADContext(context)
    let count = Int(context.parameters["Count"]?.toText() ?? "") ?? 0
    guard count >= 0 else {
      throw RuntimeError(
        ADErrors.record(
          context, "The -Count value must not be negative: \(count).",
          category: .invalidArgument, exception: "System.ArgumentException",
          qualifier: "NewADLabBulkObjects.NegativeCount", target: .string(String(count))))
    }
    let population = BulkPopulation(count: count, ouName: ad.string("OUName") ?? "Bulk")
    let ou = ad.domain.dn.child("OU", population.ouName).description
    guard context.shouldProcess(target: ou, action: "New") else { return }
    try ad.run(target: .string(ou)) { _ = try ad.directory.addBulk(population) }
  }
}
