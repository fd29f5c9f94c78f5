import IdentityEngine
import ShellCore

/// The body of the Set-AD* cmdlets: resolve, collect property and hashtable changes, apply
/// them in one transaction under `-WhatIf`, then `-PassThru`.
enum ADSetCommand {
  static func run(
    _ context: CommandContext, _ adClass: ADClass, properties: [(String, String)],
    extra: (ADContext, DirectoryEntry) throws -> [Modification] = { _, _ in [] }
  ) throws {
    guard let identity = context.parameters["Identity"] ?? context.input else { return }
    let ad = try ADContext(context)
    let entry = try ad.resolve(
      identity, as: adClass, attributes: .names(["groupType", "userAccountControl"]))
    let changes =
      try ad.propertyModifications(properties) + extra(ad, entry) + ad.hashtableModifications()
    let protection = context.parameters["ProtectedFromAccidentalDeletion"]
    guard
      try ad.change(
        target: entry.dn.description, action: "Set",
        {
          if !changes.isEmpty { try ad.directory.modify(entry.dn, changes) }
          if let protection { try ad.directory.setProtected(entry.dn, protection.isTruthy) }
        })
    else { return }
    try ad.passThru(entry.dn, as: adClass)
  }

  static let protection = ParameterDeclaration(
    "ProtectedFromAccidentalDeletion", .bool, pipeline: .byPropertyName,
    help: "Protects the object from deletion and moves.")

  static func identityAndCommon(_ typeName: String) -> [ParameterDeclaration] {
    [ADParameters.identity(typeName), ADParameters.partition, ADParameters.passThru]
      + ADWriteParameters.hashtables + ADParameters.connection
  }
}
