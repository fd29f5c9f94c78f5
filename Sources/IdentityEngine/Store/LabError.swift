/// What can go wrong with the lab file itself, as opposed to what the directory refuses.
///
/// Each case names the file and the problem, so that the shell can print it as it is: a lab
/// error is never turned into a silent reseed or swallowed.
public enum LabError: Error, Equatable, Sendable {
  /// The file is something else (another program's database, not SQLite at all); it was left
  /// untouched.
  case notALab(path: String, reason: String)
  /// The lab was written by an adsh whose schema this one does not know.
  case newerSchema(path: String, found: Int, supported: Int, unknownMigrations: [String])
  /// The file cannot be written (its permissions, or a read-only file system).
  case readOnly(path: String)
  /// Another connection holds the lab's write lock and did not let go within the busy timeout.
  case busy(path: String, holder: String?)
  /// The lab has content but no domain: it is damaged, and only `Reset-ADLab -Force` seeds it.
  case noDomain(path: String)
  /// A snapshot would overwrite a file, and replacing was not asked for.
  case fileExists(path: String)
  /// A snapshot to restore that is not there.
  case fileNotFound(path: String)
  /// Any other failure of the storage engine (I/O error, corruption, a full disk).
  case storage(path: String, message: String)
  /// The user stopped the operation (Ctrl-C); what it had changed was rolled back.
  case stopped(path: String)
  /// A row holds a value of another type than adsh writes there (another program wrote it, or
  /// it is damaged): `detail` names the value, its column, the row and the query's table.
  case unreadableValue(path: String, detail: String)

  /// The sentence the shell prints.
  public var message: String {
    switch self {
    case .notALab(let path, let reason):
      return "The file '\(path)' is not an adsh lab: \(reason). adsh left it unchanged; "
        + "give -Lab the path of a lab, a new file or an empty one."
    case .newerSchema(let path, let found, let supported, let unknown):
      let names = unknown.isEmpty ? "" : " (migrations \(unknown.joined(separator: ", ")))"
      return "The lab '\(path)' has schema version \(found)\(names), newer than this adsh "
        + "reads (schema version \(supported)). adsh left it unchanged; open it with the adsh "
        + "that wrote it."
    case .readOnly(let path):
      return "The lab '\(path)' is read-only: it can be read, but this change cannot be saved."
    case .busy(let path, let holder):
      let who = holder.map { " \($0) holds its write lock" } ?? " another connection is writing"
      return "The lab '\(path)' is busy:\(who); adsh waited "
        + "\(Int(LabStore.busyTimeout)) seconds for it. Try again when that has finished."
    case .noDomain(let path):
      return "The lab '\(path)' has no domain: it is damaged or was emptied by another "
        + "program. Nothing was changed; Reset-ADLab -Force erases it and seeds it again."
    case .fileExists(let path):
      return "The file '\(path)' already exists; give -Force to replace a lab snapshot."
    case .fileNotFound(let path):
      return "Cannot find path '\(path)' because it does not exist."
    case .storage(let path, let message):
      return "The lab '\(path)' could not be used: \(message)"
    case .unreadableValue(let path, let detail):
      return "The lab '\(path)' holds a value adsh cannot read, written by another program or "
        + "damaged: \(detail). Nothing was changed; Reset-ADLab -Force erases the lab and seeds "
        + "it again."
    case .stopped(let path):
      return "The operation on the lab '\(path)' was stopped by the user; its changes were "
        + "rolled back."
    }
  }
}

extension LabError: CustomStringConvertible {
  public var description: String { message }
}
