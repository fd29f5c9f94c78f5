import Foundation

/// Who holds a lab's write lock, for the busy error: "process 4242 (adsh -File sync.ps1)".
///
/// In WAL mode SQLite takes the write lock as a POSIX lock on byte 120 of the `-shm` file.
/// Linux lists every POSIX lock in /proc/locks with the holder's process id, so the holder is
/// found there without opening the `-shm` file (closing a second descriptor of it would drop
/// this process's own SQLite locks on it). Elsewhere, or when the lock is already gone, the
/// answer is nil and the error says only that another connection is writing.
enum LabLockHolder {
  /// The offset of SQLite's WAL write lock in the `-shm` file.
  static let writeLockOffset = 120

  static func describe(labPath: String) -> String? {
    var info = stat()
    guard stat(labPath + "-shm", &info) == 0, let locks = readAll("/proc/locks") else {
      return nil
    }
    let device = UInt64(info.st_dev)
    let major = ((device >> 8) & 0xfff) | ((device >> 32) & ~0xfff)
    let minor = (device & 0xff) | ((device >> 12) & ~0xff)
    let file = String(format: "%02x:%02x:%llu", major, minor, UInt64(info.st_ino))
    for line in locks.split(separator: "\n") {
      // "1: POSIX  ADVISORY  WRITE 4242 08:01:393220 120 120"
      let fields = line.split(separator: " ")
      guard fields.count >= 8, fields[1] == "POSIX", fields[5] == file,
        let start = Int(fields[6]), start <= writeLockOffset,
        fields[7] == "EOF" || Int(fields[7]).map({ $0 >= writeLockOffset }) == true,
        let pid = Int32(fields[4])
      else { continue }
      return name(of: pid)
    }
    return nil
  }

  /// The whole text of a /proc file, read until its end.
  ///
  /// A proc file reports size 0 and hands its text over a page at a time. Nil off Linux,
  /// where there is no such file.
  static func readAll(_ path: String) -> String? {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? handle.close() }  // a file only read loses nothing on a failed close
    // A read error leaves no holder to name; the busy error is still given without one.
    guard let data = try? handle.readToEnd() else { return nil }  // nil: unreadable
    return String(decoding: data, as: UTF8.self)
  }

  /// "process 4242 (adsh -File sync.ps1)", or "this shell" for this process's own lock.
  static func name(of pid: Int32) -> String {
    if pid == getpid() { return "this shell" }
    // A process that ended meanwhile has no command line: its number is all there is.
    let words = readAll("/proc/\(pid)/cmdline")?.split(separator: "\0").map(String.init) ?? []
    guard let program = words.first else { return "process \(pid)" }
    let line = ([(program as NSString).lastPathComponent] + words.dropFirst())
      .joined(separator: " ")
    return "process \(pid) (\(line.count > 80 ? String(line.prefix(77)) + "..." : line))"
  }
}
