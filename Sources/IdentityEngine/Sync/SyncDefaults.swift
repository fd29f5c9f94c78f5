/// The configuration a fresh Connect install has: connectors, global parameters, rules.
///
/// The rules are the subset of the out-of-box set the lab's objects need (users and groups
/// between the forest and the tenant) plus the group writeback rules the article shows.
public enum SyncDefaults {
  public static let aadConnectorId = "b891884f-051e-4a83-95af-2544101c9083"
  public static let adConnectorId = "9792d5d0-7815-4880-85e2-3e5de264452e"

  /// The global parameters in the order the server enumerates them.
  static func parameters(forest: String, container: String, nextStart: String) -> [(
    String, String
  )] {
    [
      ("Microsoft.Synchronize.SynchronizationPolicy", "Delta"),
      ("Microsoft.SynchronizationOption.JoinCriteria", "AlwaysProvision"),
      ("Microsoft.UserSignIn.DesktopSsoEnabled", "False"),
      ("Microsoft.Synchronize.MaintenanceEnabled", "True"),
      ("Microsoft.OptionalFeature.ExportDeletionThresholdValue", "500"),
      ("Microsoft.Version.SynchronizationRuleImmutableTag", "V1"),
      ("Microsoft.SynchronizationOption.AnchorAttribute", "mS-DS-ConsistencyGuid"),
      ("Microsoft.OptionalFeature.DirectoryExtensionAttributes", ""),
      ("Microsoft.OptionalFeature.FilterAAD", "False"),
      ("Microsoft.GroupWriteBack.Forest", forest),
      ("Microsoft.GroupWriteBack.Container", container),
      ("Microsoft.SynchronizationOption.UPNAttribute", "userPrincipalName"),
      ("Microsoft.Synchronize.SchedulerSuspended", "False"),
      ("Microsoft.OptionalFeature.DirectoryExtension", "False"),
      ("Microsoft.SynchronizationOption.CustomAttribute", ""),
      ("Microsoft.Synchronize.TimeInterval", "00:30:00"),
      ("Microsoft.Synchronize.ServerConfigurationVersion", "2.3.20.0"),
      ("Microsoft.SystemInformation.MachineRole", "RoleMemberServer"),
      ("Microsoft.AADFilter.AttributeExclusionList", ""),
      ("Microsoft.OptionalFeature.DeviceWriteBack", "False"),
      ("Microsoft.OptionalFeature.AutoUpgradeState", "Enabled"),
      ("Microsoft.Synchronize.NextStartTime", nextStart),
      ("Microsoft.Synchronize.RunHistoryPurgeInterval", "7.00:00:00"),
      ("Microsoft.OptionalFeature.GroupFiltering", "False"),
      ("Microsoft.ConnectDirectories.WizardDirectoryMode", "ActiveDirectory"),
      ("Microsoft.Synchronize.SynchronizationSchedule", "True"),
      ("Microsoft.OptionalFeature.ExchangeMailPublicFolder", "False"),
      ("Microsoft.OptionalFeature.UserWriteBack", "False"),
      ("Microsoft.Synchronize.StagingMode", "False"),
      ("Microsoft.OptionalFeature.ExportDeletionThreshold", "False"),
      ("Microsoft.DeviceWriteBack.Forest", ""),
      ("Microsoft.OptionalFeature.DeviceWriteUp", "True"),
      ("Microsoft.OptionalFeature.HybridExchange", "False"),
      ("Microsoft.AADFilter.ApplicationList", ""),
      ("Microsoft.DirectoryExtension.SourceTargetAttributesMap", ""),
      ("Microsoft.UserWriteBack.Forest", ""),
      ("Microsoft.DeviceWriteBack.Container", ""),
      ("Microsoft.UserWriteBack.Container", ""),
      ("Microsoft.UserSignIn.SignOnMethod", "PasswordHashSync"),
      ("Microsoft.OptionalFeature.GroupWriteBack", "True"),
    ]
  }

  /// Whether a cloud group is in writeback scope (v2 rules of §3.3), as an expression.
  static let eligible =
    "([isUnified] = \"True\" && [writebackEnabled] <> \"False\") || ([isUnified] <> \"True\" "
    + "&& [securityEnabled] = \"True\" && [mailEnabled] <> \"True\" "
    + "&& [writebackEnabled] = \"True\")"

  /// The out-of-box rules, in the order Get-ADSyncRule lists them.
  static func rules(ad: String, aad: String) -> [SyncRule] {
    let cloudMastered = ScopeCondition("cloudMastered", "true", .equal)
    let notCloudMastered = ScopeCondition("cloudMastered", "true", .notEqual)
    let inScope = ScopeCondition("reasonFiltered", "", .isNull)
    return [
      SyncRule(
        identifier: "b2c1d4e5-0a01-4c5e-9f00-000000000100", name: "In from AD - User Join",
        connector: ad, direction: .inbound, sourceObjectType: "user", targetObjectType: "person",
        precedence: 100, linkType: .provision, immutableTag: "Microsoft.InfromADUserJoin.003",
        scopeFilter: [[ScopeCondition("isCriticalSystemObject", "", .isNull)]],
        attributeFlowMappings: [
          .expression(
            "sourceAnchor",
            "ConvertToBase64(IIF(IsPresent([mS-DS-ConsistencyGuid]),[mS-DS-ConsistencyGuid],"
              + "[objectGUID]))"),
          .expression("displayName", "IIF(IsNullOrEmpty([displayName]),[cn],[displayName])"),
          .direct("userPrincipalName"), .direct("mail"), .direct("givenName"), .direct("sn"),
          .direct("department"), .direct("sAMAccountName", "accountName"),
          .direct("objectSid", "objectSidString"),
          .constant("cloudMastered", "False"),
        ]),
      SyncRule(
        identifier: "b2c1d4e5-0a01-4c5e-9f00-000000000104", name: "In from AD - Group Join",
        connector: ad, direction: .inbound, sourceObjectType: "group", targetObjectType: "group",
        precedence: 104, linkType: .provision, immutableTag: "Microsoft.InfromADGroupJoin.002",
        scopeFilter: [
          [
            ScopeCondition("isCriticalSystemObject", "", .isNull),
            ScopeCondition("adminDescription", "Group_", .notStartsWith),
          ]
        ],
        attributeFlowMappings: [
          .expression("sourceAnchor", "ConvertToBase64([objectGUID])"),
          .expression("displayName", "IIF(IsPresent([displayName]),[displayName],[cn])"),
          .direct("description"), .direct("mail"), .direct("member"),
          .direct("sAMAccountName", "accountName"), .constant("cloudMastered", "False"),
          .expression(
            "securityEnabled",
            "IIF(Left(CStr([groupType]),1) = \"-\",\"True\",\"False\")"),
        ]),
      SyncRule(
        identifier: "b2c1d4e5-0a01-4c5e-9f00-000000000110", name: "In from AAD - User Join",
        connector: aad, direction: .inbound, sourceObjectType: "user", targetObjectType: "person",
        precedence: 110, linkType: .join, immutableTag: "Microsoft.InfromAADUserJoin.002",
        scopeFilter: [[notCloudMastered]],
        joinFilter: [[JoinCondition("sourceAnchor", "sourceAnchor")]],
        attributeFlowMappings: [.direct("cloudAnchor")]),
      SyncRule(
        identifier: "b2c1d4e5-0a01-4c5e-9f00-000000000111", name: "In from AAD - Group SOAInAAD",
        connector: aad, direction: .inbound, sourceObjectType: "group", targetObjectType: "group",
        precedence: 111, linkType: .provision, immutableTag: "Microsoft.InfromAADGroupSOAInAAD.002",
        scopeFilter: [[cloudMastered]],
        joinFilter: [[JoinCondition("cloudAnchor", "cloudAnchor")]],
        attributeFlowMappings: [
          .direct("cloudAnchor"), .direct("cloudMastered"), .direct("displayName"),
          .direct("description"), .direct("mailNickname"), .direct("mail"),
          .direct("proxyAddresses"), .direct("member"), .direct("securityEnabled"),
          .direct("mailEnabled"),
          .expression(
            "targetWritebackType",
            "IIF([isUnified] = \"True\" && IsPresent([writebackType]) && [writebackType] <> "
              + "\"universalDistributionGroup\",[writebackType],NULL)"),
          .expression(
            "reasonFiltered",
            "IIF([isSoftDeleted] = \"True\",\"SoftDelete\",IIF(\(eligible),NULL,"
              + "\"WriteBackOutOfScope\"))"),
        ]),
      SyncRule(
        identifier: "b2c1d4e5-0a01-4c5e-9f00-000000000112", name: "In from AAD - Group Join",
        connector: aad, direction: .inbound, sourceObjectType: "group", targetObjectType: "group",
        precedence: 112, linkType: .join, immutableTag: "Microsoft.InfromAADGroupJoin.003",
        scopeFilter: [[notCloudMastered]],
        joinFilter: [[JoinCondition("sourceAnchor", "sourceAnchor")]],
        attributeFlowMappings: [.direct("cloudAnchor")]),
      SyncRule(
        identifier: "b2c1d4e5-0a01-4c5e-9f00-000000000115", name: "Out to AAD - User Join",
        connector: aad, direction: .outbound, sourceObjectType: "person", targetObjectType: "user",
        precedence: 115, linkType: .provision, immutableTag: "Microsoft.OuttoAADUserJoin.004",
        scopeFilter: [[notCloudMastered, ScopeCondition("sourceAnchor", "", .isNotNull)]],
        attributeFlowMappings: [
          .direct("sourceAnchor"), .direct("displayName"), .direct("userPrincipalName"),
          .direct("mail"), .direct("givenName"), .direct("sn"), .direct("department"),
          .direct("accountName", "onPremisesSamAccountName"),
          .direct("objectSidString", "onPremiseSecurityIdentifier"),
        ]),
      SyncRule(
        identifier: "b2c1d4e5-0a01-4c5e-9f00-000000000116", name: "Out to AAD - Group Join",
        connector: aad, direction: .outbound, sourceObjectType: "group", targetObjectType: "group",
        precedence: 116, linkType: .provision, immutableTag: "Microsoft.OuttoAADGroupJoin.003",
        scopeFilter: [[notCloudMastered, ScopeCondition("sourceAnchor", "", .isNotNull)]],
        attributeFlowMappings: [
          .direct("sourceAnchor"), .direct("displayName"), .direct("description"),
          .direct("mail"), .direct("member"), .direct("securityEnabled"),
          .direct("accountName", "onPremisesSamAccountName"),
        ]),
      SyncRule(
        identifier: "b2c1d4e5-0a01-4c5e-9f00-000000000117",
        name: "Out to AAD - Group Writeup Member Limit", connector: aad, direction: .outbound,
        sourceObjectType: "group", targetObjectType: "group", precedence: 117,
        immutableTag: "Microsoft.OuttoAADGroupWriteupMemberLimit.001",
        scopeFilter: [[notCloudMastered, ScopeCondition("memberCount", "250000", .startsWith)]]),
      SyncRule(
        identifier: "b2c1d4e5-0a01-4c5e-9f00-000000000118",
        name: "Out to AD - Group SOAInAAD - DN", connector: ad, direction: .outbound,
        sourceObjectType: "group", targetObjectType: "group", precedence: 118,
        immutableTag: "Microsoft.OuttoADGroupSOAInAADDN.001", scopeFilter: [[cloudMastered]],
        attributeFlowMappings: [
          .expression(
            "dn",
            "EscapeDNComponent(\"CN=\" & Left(Trim([displayName]),51) & \"_\" & "
              + "Right([cloudAnchor],12)) & \",\" & %Connector.GroupWriteBackContainerDn%")
        ]),
      SyncRule(
        identifier: "b2c1d4e5-0a01-4c5e-9f00-000000000119", name: "Out to AD - Group SOAInAAD",
        connector: ad, direction: .outbound, sourceObjectType: "group", targetObjectType: "group",
        precedence: 119, linkType: .provision, immutableTag: "Microsoft.OuttoADGroupSOAInAAD.004",
        scopeFilter: [[cloudMastered, inScope]],
        attributeFlowMappings: [
          .expression(
            "dn",
            "EscapeDNComponent(\"CN=\" & [cloudAnchor]) & \",\" & "
              + "%Connector.GroupWriteBackContainerDn%"),
          .direct("cloudAnchor", "adminDescription"), .direct("displayName"),
          .direct("description"), .direct("member"),
          .expression(
            "groupType",
            "IIF([targetWritebackType] = \"universalMailEnabledSecurityGroup\" || "
              + "[targetWritebackType] = \"universalSecurityGroup\" || ([securityEnabled] = "
              + "\"True\" && [mailEnabled] <> \"True\"),\"-2147483640\",\"8\")"),
        ]),
      SyncRule(
        identifier: "b2c1d4e5-0a01-4c5e-9f00-000000000120",
        name: "Out to AD - Group SOAInAAD - Exchange", connector: ad, direction: .outbound,
        sourceObjectType: "group", targetObjectType: "group", precedence: 120,
        immutableTag: "Microsoft.OuttoADGroupSOAInAADExchange.001",
        scopeFilter: [[cloudMastered, inScope, ScopeCondition("mailEnabled", "true", .equal)]],
        attributeFlowMappings: [
          .direct("mail"), .direct("mailNickname"), .direct("proxyAddresses"),
          .constant("msExchRecipientDisplayType", "17"),
          .constant("msExchRecipientTypeDetails", "8796093022208"),
        ]),
      SyncRule(
        identifier: "b2c1d4e5-0a01-4c5e-9f00-000000000121",
        name: "Out to AD - Group Writeback Member Limit", connector: ad, direction: .outbound,
        sourceObjectType: "group", targetObjectType: "group", precedence: 121,
        immutableTag: "Microsoft.OuttoADGroupWritebackMemberLimit.001",
        scopeFilter: [[cloudMastered, ScopeCondition("memberCount", "50000", .startsWith)]]),
    ]
  }
}
