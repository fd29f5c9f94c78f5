/// The lab's own module: cmdlets that have no counterpart in the real ActiveDirectory, ADSync
/// or Microsoft Graph modules (resetting, seeding in bulk, snapshots, previews), kept apart so
/// that the real modules' names list only what the real modules have.
enum LabModule {
  static let name = "ADLab"
}
