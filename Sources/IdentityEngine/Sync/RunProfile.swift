/// The run profiles every connector of the lab has, by the names the product gives them.
///
/// A step is chosen by this type, never by matching text: a profile name that is none of
/// these is refused where it is read (`init(name:)`), not turned into some other step.
public enum RunProfile: String, CaseIterable, Sendable {
  case fullImport = "Full Import"
  case deltaImport = "Delta Import"
  case fullSynchronization = "Full Synchronization"
  case deltaSynchronization = "Delta Synchronization"
  case export = "Export"

  /// The profile with that name, compared case-insensitively as the product's cmdlets do.
  public init?(name: String) {
    let lower = name.lowercased()
    guard let profile = Self.allCases.first(where: { $0.rawValue.lowercased() == lower }) else {
      return nil
    }
    self = profile
  }

  /// The name the run history records and Get-ADSyncRunProfileResult shows.
  public var name: String { rawValue }

  /// True for the full import and the full synchronization.
  var isFull: Bool { self == .fullImport || self == .fullSynchronization }
}
