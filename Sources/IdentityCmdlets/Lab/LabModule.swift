import ShellCore

/// The lab's own module: cmdlets that have no counterpart in the real ActiveDirectory, ADSync
/// or Microsoft Graph modules (resetting, seeding in bulk, snapshots, previews), kept apart so
/// that the real modules' names list only what the real modules have.
enum LabModule {
  static let name = "ADLab"

  static let cmdlets: [any Cmdlet.Type] = [
    ResetADLab.self, CheckpointADLab.self, RestoreADLab.self, NewADLabBulkObjects.self,
    NewADLabBulkCloudGroups.self, GetADSyncPendingChange.self, GetADSyncAttributeProvenance.self,
    GetADSyncObjectError.self,
  ]
}
