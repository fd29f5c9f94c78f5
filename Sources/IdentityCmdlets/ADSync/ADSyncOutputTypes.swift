import ShellCore

/// The ADSync module's ObjectModel types its Get cmdlets declare (`[OutputType]`), with the
/// properties in the order the builders in ADSyncObjects, ADSyncRuleObjects and
/// ADSyncRunObjects set them.
///
/// The builders take engine values that cannot be made up here, so the names are listed;
/// `OutputTypeTests` builds each object through its cmdlet and fails when a list and its
/// builder disagree.
enum ADSyncOutputTypes {
  static func type(_ name: String, _ properties: [String]) -> [OutputTypeDeclaration] {
    [OutputTypeDeclaration(ADSync.model + name, properties: properties)]
  }

  static let scheduler = type(
    "SchedulerSettings",
    [
      "AllowedSyncCycleInterval", "CurrentlyEffectiveSyncCycleInterval",
      "CustomizedSyncCycleInterval", "NextSyncCyclePolicyType", "NextSyncCycleStartTimeInUTC",
      "PurgeRunHistoryInterval", "SyncCycleEnabled", "MaintenanceEnabled", "StagingModeEnabled",
      "SchedulerSuspended", "SyncCycleInProgress",
    ])

  static let globalSettings = type(
    "GlobalSettings", ["Version", "SqlSchemaVersion", "InstanceId", "Schema", "Parameters"])

  static let connector = type(
    "Connector",
    [
      "ConnectorTypeName", "Identifier", "Version", "InternalVersion", "FormatVersion", "Name",
      "Description", "CreationTime", "LastModificationTime", "Partitions", "RunProfiles",
      "ComponentProvisioningMappings", "Schema", "AllParameterDefinitions",
      "ConnectivityParameters", "GlobalParameters", "CapabilityParameters", "SchemaParameters",
      "ObjectInclusionList", "AttributeInclusionList", "AnchorConstructionSettings", "ListName",
      "CompanyName", "Type", "Subtype", "IsUpgradeOrImportScenario", "ExtensionConfiguration",
      "PasswordHashConfiguration", "AADPasswordResetConfiguration",
    ])

  static let rule = type(
    "SynchronizationRule",
    [
      "Identifier", "InternalId", "Name", "Version", "Description", "ImmutableTag", "Connector",
      "Direction", "Disabled", "SourceObjectType", "TargetObjectType", "Precedence",
      "PrecedenceAfter", "PrecedenceBefore", "LinkType", "EnablePasswordSync", "JoinFilter",
      "ScopeFilter", "AttributeFlowMappings", "SoftDeleteExpiryInterval", "VersionAgnosticTag",
      "TagVersion", "IsStandardRule", "IsLegacyCustomRule",
    ])

  static let runProfileResult = type(
    "RunProfileResult",
    [
      "RunHistoryId", "ConnectorId", "ConnectorName", "RunProfileId", "RunProfileName",
      "RunNumber", "Username", "IsRunComplete", "Result", "CurrentStepNumber", "TotalSteps",
      "StartDate", "EndDate", "RunStepResults",
    ])

  static let runStepResult = type(
    "RunStepResult",
    [
      "RunHistoryId", "StepHistoryId", "StepNumber", "StepResult", "StartDate", "EndDate",
      "StageNoChange", "StageAdd", "StageUpdate", "StageRename", "StageDelete", "StageDeleteAdd",
      "StageFailure", "DisconnectorFiltered", "DisconnectorJoinedNoFlow",
      "DisconnectorJoinedFlow", "DisconnectorJoinedRemoveMv", "DisconnectorProjectedNoFlow",
      "DisconnectorProjectedFlow", "DisconnectorProjectedRemoveMv", "DisconnectorRemains",
      "ConnectorFilteredRemoveMv", "ConnectorFilteredLeaveMv", "ConnectorFlow",
      "ConnectorFlowRemoveMv", "ConnectorNoFlow", "ConnectorDeleteRemoveMv",
      "ConnectorDeleteLeaveMv", "ConnectorDeleteAddProcessed", "FlowFailure", "ExportAdd",
      "ExportUpdate", "ExportRename", "ExportDelete", "ExportDeleteAdd", "ExportFailure",
      "CurrentExportBatchNumber", "LastSuccessfulExportBatchNumber", "StepFileName",
      "ConnectorConnectionInformationXml", "ConnectorDiscoveryErrors", "ConnectorCountersXml",
      "SyncErrors", "StepXml", "MvRetryErrors", "FlowCountersXml",
    ])

  static let companyFeature = type(
    "AADCompanyFeature",
    [
      "PasswordHashSync", "ForcePasswordChangeOnLogOn", "UserWriteback", "DeviceWriteback",
      "UnifiedGroupWriteback", "GroupWritebackV2",
    ])

  static let deletionThreshold = type(
    "ExportDeletionThreshold", ["ThresholdPercentage", "ThresholdCount", "DeletionPrevention"])

  static let connectorOverride = type(
    "SchedulerConnectorOverride", ["ConnectorIdentifier", "FullImportRequired", "FullSyncRequired"])
}
