import Foundation
import IdentityEngine
import ShellCore

/// Run history as RunProfileResult and RunStepResult objects (adsync-and-writeback.md §1.8).
///
/// Each lab run profile has one step, so CurrentStepNumber and TotalSteps are 1 and the step
/// result carries the run's counters; counters a step did not touch are 0.
enum ADSyncRunObjects {
  /// The RunStepResult counters in the module's property order.
  static let counterNames = [
    "StageNoChange", "StageAdd", "StageUpdate", "StageRename", "StageDelete", "StageDeleteAdd",
    "StageFailure", "DisconnectorFiltered", "DisconnectorJoinedNoFlow", "DisconnectorJoinedFlow",
    "DisconnectorJoinedRemoveMv", "DisconnectorProjectedNoFlow", "DisconnectorProjectedFlow",
    "DisconnectorProjectedRemoveMv", "DisconnectorRemains", "ConnectorFilteredRemoveMv",
    "ConnectorFilteredLeaveMv", "ConnectorFlow", "ConnectorFlowRemoveMv", "ConnectorNoFlow",
    "ConnectorDeleteRemoveMv", "ConnectorDeleteLeaveMv", "ConnectorDeleteAddProcessed",
    "FlowFailure", "ExportAdd", "ExportUpdate", "ExportRename", "ExportDelete",
    "ExportDeleteAdd", "ExportFailure", "CurrentExportBatchNumber",
    "LastSuccessfulExportBatchNumber",
  ]

  /// A stable RunProfileId for one connector's run profile.
  static func runProfileId(_ result: RunProfileResult) -> String {
    let names = RunProfile.allCases.map(\.name)
    let index = (names.firstIndex(of: result.runProfileName) ?? 5) + 1
    let prefix = result.connectorId.prefix(8)
    return "\(prefix)-c632-4a61-961a-87ae0475700\(index)"
  }

  static func runResult(_ result: RunProfileResult, withSteps: Bool) -> PSObject {
    ADSync.object(
      "RunProfileResult",
      [
        ("RunHistoryId", .string(result.runHistoryId)),
        ("ConnectorId", .string(result.connectorId)),
        ("ConnectorName", .string(result.connectorName)),
        ("RunProfileId", .string(runProfileId(result))),
        ("RunProfileName", .string(result.runProfileName)),
        ("RunNumber", .int(Int32(clamping: result.runNumber))),
        ("Username", .string("NT SERVICE\\ADSync")), ("IsRunComplete", .bool(true)),
        ("Result", .string(result.result)), ("CurrentStepNumber", .int(1)),
        ("TotalSteps", .int(1)), ("StartDate", .date(result.startDate)),
        ("EndDate", .date(result.endDate)),
        ("RunStepResults", .array(withSteps ? [.object(stepResult(result))] : [])),
      ])
  }

  /// The StepHistoryId of a run's one step: GUID-shaped, ending as the run's RunHistoryId does.
  static func stepHistoryId(_ result: RunProfileResult) -> String {
    "2f7c5e1a-9b3d-4c6e-a1f0-" + result.runHistoryId.suffix(12)
  }

  static func stepResult(_ result: RunProfileResult) -> PSObject {
    var properties: [(String, Value)] = [
      ("RunHistoryId", .string(result.runHistoryId)),
      ("StepHistoryId", .string(stepHistoryId(result))),
      ("StepNumber", .int(1)), ("StepResult", .string(result.result)),
      ("StartDate", .date(result.startDate)), ("EndDate", .date(result.endDate)),
    ]
    for name in counterNames {
      properties.append((name, .int(Int32(clamping: result.counters[name] ?? 0))))
    }
    for name in [
      "StepFileName", "ConnectorConnectionInformationXml", "ConnectorDiscoveryErrors",
      "ConnectorCountersXml",
    ] {
      properties.append((name, .null))
    }
    properties.append(("SyncErrors", ADSyncErrorObjects.syncErrors(result.errors)))
    for name in ["StepXml", "MvRetryErrors", "FlowCountersXml"] {
      properties.append((name, .null))
    }
    return ADSync.object("RunStepResult", properties)
  }
}
