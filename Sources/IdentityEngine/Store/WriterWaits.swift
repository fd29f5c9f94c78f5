import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One store's side of the waiting file: its lock while it waits, and its batch clock.
final class WriterWaits: @unchecked Sendable {
  /// The file beside the lab; nil for a lab in memory.
  let path: String?
  private let lock = NSLock()
  /// The descriptor holding the shared lock while this connection waits; -1 when not waiting.
  private var waitingDescriptor: Int32 = -1
  /// When this connection began waiting, in seconds of the monotonic clock.
  private var waitStart: Double = 0
  /// The descriptor used to look for other connections' waits; -1 until the file exists.
  private var probeDescriptor: Int32 = -1
  /// When the running transaction began, or last let waiting writers in.
  var batchStart: Double = 0
  /// When waiting writers were last looked for.
  var lastLook: Double = 0

  init(labPath: String) {
    path = labPath == ":memory:" || labPath.isEmpty ? nil : labPath + "-waiting"
  }

  /// The monotonic clock in seconds.
  static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  /// SQLite's busy handler: announces the wait, sleeps a little and says whether to try again.
  func shouldRetry(_ tries: Int) -> Bool {
    lock.withLock {
      if tries == 0 || waitingDescriptor < 0 {
        waitStart = WriterWaits.now()
        announce()
      }
    }
    if WriterWaits.now() - waitStart >= LabStore.busyTimeout { return false }
    usleep(useconds_t(min(tries + 1, 5) * 1000))
    return true
  }

  /// Takes the shared lock that tells the connection holding the lab that this one waits.
  private func announce() {
    guard let path, waitingDescriptor < 0 else { return }
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    // A directory that refuses the file leaves the writer waiting without announcing itself.
    guard descriptor >= 0 else { return }
    if flock(descriptor, LOCK_SH) != 0 {
      close(descriptor)
      return
    }
    waitingDescriptor = descriptor
  }

  /// Lets go of the shared lock once this connection has the lab or has given up.
  func release() {
    lock.withLock {
      guard waitingDescriptor >= 0 else { return }
      close(waitingDescriptor)
      waitingDescriptor = -1
    }
  }

  /// Whether another connection waits for the lab now.
  var hasWaiters: Bool {
    lock.withLock {
      guard let path else { return false }
      if probeDescriptor < 0 {
        probeDescriptor = open(path, O_RDWR | O_CLOEXEC)
        if probeDescriptor < 0 { return false }  // no one has waited on this lab yet
      }
      if flock(probeDescriptor, LOCK_EX | LOCK_NB) == 0 {
        flock(probeDescriptor, LOCK_UN)
        return false
      }
      return errno == EWOULDBLOCK
    }
  }

  deinit {
    if waitingDescriptor >= 0 { close(waitingDescriptor) }
    if probeDescriptor >= 0 { close(probeDescriptor) }
  }
}
