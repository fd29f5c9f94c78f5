import IdentityEngine
import ShellCore

/// Modifies an Active Directory group.
final class SetADGroup: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Set-ADGroup", synopsis: "Modifies an Active Directory group.",
    description: """
      Sets the given properties, including GroupScope and GroupCategory (AD refuses Global ↔ \
      DomainLocal directly); -Add, -Remove, -Replace and -Clear change any attribute.
      """,
    parameters: ADSetCommand.identityAndCommon("group")
      + [
        ParameterDeclaration(
          "GroupScope", .string, pipeline: .byPropertyName,
          validValues: ["DomainLocal", "Global", "Universal", "0", "1", "2"]),
        ParameterDeclaration(
          "GroupCategory", .string, pipeline: .byPropertyName,
          validValues: ["Distribution", "Security", "0", "1"]),
        ParameterDeclaration("SamAccountName", .string, pipeline: .byPropertyName),
        ADSetCommand.protection,
      ] + ADWriteParameters.properties(NewADGroup.propertyTable),
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "Set-ADGroup HR -GroupScope Universal; (Get-ADGroup HR).GroupScope",
        remarks: "Converts a Global group to Universal.", prints: "Universal\n")
    ],
    module: "ActiveDirectory", outputType: ADOutputTypes.group)

  required init() {}

  func process(_ context: CommandContext) throws {
    try ADSetCommand.run(
      context, .group,
      properties: NewADGroup.propertyTable + [("SamAccountName", "sAMAccountName")]
    ) { ad, entry in
      guard var groupType = entry.groupType else { return [] }
      let original = groupType
      if let scope = ad.string("GroupScope").flatMap(GroupScope.init(name:)) {
        groupType = groupType.with(scope: scope)
      }
      if let category = ad.string("GroupCategory").flatMap(GroupCategory.init(name:)) {
        groupType = groupType.with(category: category)
      }
      return groupType == original ? [] : [.replace("groupType", [String(groupType.rawValue)])]
    }
  }
}
