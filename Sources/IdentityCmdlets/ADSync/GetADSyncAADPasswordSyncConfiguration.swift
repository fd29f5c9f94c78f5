import IdentityEngine
import ShellCore

/// Gets whether password hash synchronization runs from an AD connector to the Entra one.
final class GetADSyncAADPasswordSyncConfiguration: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-ADSyncAADPasswordSyncConfiguration",
    synopsis: "Gets the password hash synchronization configuration of an AD connector.",
    description: """
      Returns SourceConnector, TargetConnector and Enabled (the property set is unconfirmed). \
      Enabled follows the tenant's PasswordHashSync feature (Get-ADSyncAADCompanyFeature), \
      which the lab keeps as one switch. -SourceConnector must name the AD connector.
      """,
    parameters: [
      ParameterDeclaration(
        "SourceConnector", .string, position: 0, mandatory: true,
        help: "The name of the AD connector.")
    ],
    examples: [
      CmdletExample(
        "Get-ADSyncAADPasswordSyncConfiguration -SourceConnector 'contoso.com'",
        remarks: "Password hash sync is on in the default lab.",
        prints: """

          SourceConnector TargetConnector               Enabled
          --------------- ---------------               -------
          contoso.com     contoso.onmicrosoft.com - AAD    True


          """)
    ], module: ADSync.module)

  required init() {}

  func process(_ context: CommandContext) throws {
    let name = ADSync.string(context, "SourceConnector") ?? ""
    let service = try ADSync.service(context)
    let (source, target, features) = try ADSync.run(context, target: .string(name)) {
      let source = try service.connector(name)
      guard source.kind == .activeDirectory else { throw SyncError.noSuchConnector(name) }
      let target = try service.connectors().first { $0.kind == .entra }
      return (source, target, try service.companyFeatures())
    }
    try context.write(
      .object(
        ADSync.object(
          "AADPasswordSyncConfiguration",
          [
            ("SourceConnector", .string(source.name)),
            ("TargetConnector", .string(target?.name ?? "")),
            ("Enabled", .bool(features.passwordHashSync)),
          ])))
  }
}
