import IdentityEngine
import ShellCore

/// The body of the Remove-AD* cmdlets: resolve, then delete under `-WhatIf` and `-Confirm`.
///
/// The module prompts before these deletions (ConfirmImpact High): without a terminal the
/// prompt fails, so scripts pass `-Confirm:$false`; `-WhatIf` shows what would go.
enum ADRemoveCommand {
  static func run(_ context: CommandContext, _ adClass: ADClass) throws {
    guard let identity = context.parameters["Identity"] ?? context.input else { return }
    let ad = try ADContext(context)
    let entry = try ad.resolve(identity, as: adClass)
    let recursive = context.parameters.isSet("Recursive")
    _ = try ad.change(target: entry.dn.description, action: "Remove", impact: .high) {
      try ad.directory.delete(entry.dn, recursive: recursive)
    }
  }

  static func parameters(_ typeName: String, recursive: Bool) -> [ParameterDeclaration] {
    var list = [ADParameters.identity(typeName), ADParameters.partition]
    if recursive {
      list.append(
        ParameterDeclaration(
          "Recursive", .switchParameter, help: "Also deletes everything below the object."))
    }
    return list + ADParameters.connection
  }
}
