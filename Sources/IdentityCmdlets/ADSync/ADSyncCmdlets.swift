import ShellCore

/// The cmdlets of the ADSync module the lab implements, listed once.
enum ADSyncCmdlets {
  static let all: [any Cmdlet.Type] = [
    GetADSyncGlobalSettings.self, SetADSyncGlobalSettings.self, GetADSyncScheduler.self,
    SetADSyncScheduler.self, GetADSyncAADCompanyFeature.self, SetADSyncAADCompanyFeature.self,
    GetADSyncConnector.self, GetADSyncRule.self, NewADSyncRule.self, AddADSyncRule.self,
    RemoveADSyncRule.self, GetADSyncExportDeletionThreshold.self,
    EnableADSyncExportDeletionThreshold.self, DisableADSyncExportDeletionThreshold.self,
    StartADSyncSyncCycle.self, StopADSyncSyncCycle.self, GetADSyncRunProfileResult.self,
    GetADSyncCSObject.self,
    GetADSyncMVObject.self,
    InvokeADSyncRunProfile.self, GetADSyncRunStepResult.self,
    GetADSyncSchedulerConnectorOverride.self, SetADSyncSchedulerConnectorOverride.self,
    StartADSyncPurgeRunHistory.self, GetADSyncConnectorRunStatus.self,
    AddADSyncAttributeFlowMapping.self, AddADSyncScopeConditionGroup.self,
    AddADSyncJoinConditionGroup.self, AddADSyncConnector.self,
    GetADSyncAADPasswordSyncConfiguration.self, SetADSyncAADPasswordSyncConfiguration.self,
    GetADSyncAADPasswordResetConfiguration.self,
  ]
}
