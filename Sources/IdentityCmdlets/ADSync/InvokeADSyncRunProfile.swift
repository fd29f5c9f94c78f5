import IdentityEngine
import ShellCore

/// Runs one run profile on one connector and returns its result when the step is done.
///
/// This is how the article's readers run a single step (a full import after changing a rule,
/// an export after raising the deletion threshold) instead of a whole cycle.
final class InvokeADSyncRunProfile: Cmdlet {
  /// The run profiles every connector of the lab has.
  static let profiles = RunProfile.allCases.map(\.name)

  static let declaration = CmdletDeclaration(
    name: "Invoke-ADSyncRunProfile", synopsis: "Runs a run profile on a connector.",
    description: """
      Runs the step at once and writes its RunProfileResult (Get-ADSyncRunProfileResult \
      shows it too, with -RunStepDetails for the counters). An export the deletion threshold \
      stops is recorded as stopped-deletion-threshold-exceeded and reported as an error. \
      Unlike Start-ADSyncSyncCycle it runs in staging mode as well, as the product does.
      """,
    parameters: [
      ParameterDeclaration(
        "ConnectorName", .string, mandatory: true, sets: ["ConnectorName"],
        help: "The connector's name, such as contoso.com."),
      ParameterDeclaration(
        "ConnectorIdentifier", .string, mandatory: true, sets: ["ConnectorIdentifier"],
        help: "The connector's identifier (a GUID)."),
      ParameterDeclaration(
        "RunProfileName", .string, mandatory: true, validValues: profiles,
        help: "Full Import, Delta Import, Full Synchronization, Delta Synchronization or Export."),
      ParameterDeclaration(
        "Resume", .switchParameter, help: "Accepted for scripts; a lab step never pauses."),
    ],
    defaultParameterSet: "ConnectorName",
    examples: [
      CmdletExample(
        "(Invoke-ADSyncRunProfile -ConnectorName 'contoso.com' -RunProfileName 'Delta Import').Result",
        remarks: "Runs a delta import of the AD connector.", prints: "success\n"),
      CmdletExample(
        """
        $null = Invoke-ADSyncRunProfile -ConnectorName 'contoso.onmicrosoft.com - AAD' -RunProfileName 'Full Import'
        (Get-ADSyncRunProfileResult -NumberRequested 1).RunProfileName
        """,
        remarks: "The step is in the run history at once.", prints: "Full Import\n"),
    ], module: ADSync.module)

  required init() {}

  func process(_ context: CommandContext) throws {
    let key =
      ADSync.string(context, "ConnectorName")
      ?? ADSync.string(context, "ConnectorIdentifier") ?? ""
    let requested = ADSync.string(context, "RunProfileName") ?? ""
    // The binder's set check has already refused any other name.
    guard let profile = RunProfile(name: requested) else {
      throw RuntimeError(
        ADSync.record(
          context, .invalidValue(name: "RunProfileName", value: requested),
          target: .string(requested)))
    }
    let service = try ADSync.service(context)
    let connector = try ADSync.run(context, target: .string(key)) { try service.connector(key) }
    do {
      let result = try service.runStep(connector, profile)
      try context.write(.object(ADSyncRunObjects.runResult(result, withSteps: false)))
    } catch let error as SyncError {
      if case .deletionThresholdExceeded = error,
        let stopped = try service.runResults(connectorId: connector.identifier, count: 1).first
      {
        try context.write(.object(ADSyncRunObjects.runResult(stopped, withSteps: false)))
      }
      try context.writeError(ADSync.record(context, error, target: .string(key)))
    }
  }
}
