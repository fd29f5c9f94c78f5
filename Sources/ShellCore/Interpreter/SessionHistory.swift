// Session history policy: the history that Get-History reads is the list of command lines the
// REPL ran in this session, numbered from 1 and never renumbered. The REPL opens an entry
// before it runs a line and closes it afterwards with the outcome, so a line never sees itself
// in Get-History (pwsh adds the entry when the pipeline ends). Add-History is the one
// exception: it files the running line first, so that the entries it adds come after it.
// Scripts run with -File or -Command add nothing. `$global:MaximumHistoryCount` (1 to 32767,
// 4096 by default) caps how many of the newest ids are kept; entries that fall out, and
// entries Clear-History removes, are gone for good. This store is separate from the line
// editor's history file, which only feeds Up-arrow recall.

import Foundation

/// The session history: numbered command lines with their outcome and timing.
public final class SessionHistory {
  /// How a history entry's pipeline ended (pwsh's `PipelineState`).
  public enum ExecutionStatus: String, CaseIterable, Sendable {
    case notStarted = "NotStarted"
    case running = "Running"
    case stopping = "Stopping"
    case stopped = "Stopped"
    case completed = "Completed"
    case failed = "Failed"
    case disconnected = "Disconnected"

    /// Parses a status name case-insensitively, or its number (0 for NotStarted).
    public init?(text: String) {
      let trimmed = text.trimmingCharacters(in: .whitespaces)
      if let number = Int(trimmed) {
        guard Self.allCases.indices.contains(number) else { return nil }
        self = Self.allCases[number]
        return
      }
      guard
        let found = Self.allCases.first(where: {
          $0.rawValue.caseInsensitiveCompare(trimmed) == .orderedSame
        })
      else { return nil }
      self = found
    }
  }

  /// One command line of the history.
  public struct Entry: Equatable, Sendable {
    public let id: Int64
    public var commandLine: String
    public var status: ExecutionStatus
    public let startTime: Date
    public var endTime: Date
  }

  /// The default and largest values of `$MaximumHistoryCount`.
  public static let defaultCapacity = 4096
  public static let maximumCapacity = 32767

  /// The current cap, read on every access so that a change to the variable takes effect.
  private let capacity: () -> Int
  /// The live entries, oldest first.
  private var stored: [Entry] = []
  /// The id of the newest entry ever added; ids are never reused.
  private var lastId: Int64 = 0
  /// The line the REPL is running now, not yet filed unless Add-History filed it.
  private var running: (commandLine: String, startTime: Date, filedId: Int64?)?
  /// Entries Invoke-History is running now, to stop an entry from invoking itself.
  private var invoking: Set<Int64> = []

  /// A store whose cap is read from `capacity` (out-of-range values give the default).
  public init(capacity: @escaping () -> Int = { SessionHistory.defaultCapacity }) {
    self.capacity = capacity
  }

  /// The live entries, oldest first.
  public var entries: [Entry] {
    dropOverflow()
    return stored
  }

  /// The live entry with this id, if any.
  public func entry(id: Int64) -> Entry? {
    entries.first { $0.id == id }
  }

  /// Adds an entry and returns it with its new id.
  @discardableResult
  public func add(
    commandLine: String, status: ExecutionStatus, startTime: Date, endTime: Date
  ) -> Entry {
    lastId += 1
    let entry = Entry(
      id: lastId, commandLine: commandLine, status: status, startTime: startTime,
      endTime: endTime)
    stored.append(entry)
    dropOverflow()
    return entry
  }

  /// Removes the entries with these ids.
  public func remove(ids: Set<Int64>) {
    stored.removeAll { ids.contains($0.id) }
  }

  /// Up to `count` live entries with ids up to `id`, the newest of them, oldest first.
  public func entries(endingAt id: Int64, count: Int) -> [Entry] {
    Array(entries.filter { $0.id <= id }.suffix(max(count, 0)))
  }

  /// Up to `count` live entries with ids from `id` on, the oldest of them, oldest first.
  public func entries(startingAt id: Int64, count: Int) -> [Entry] {
    Array(entries.filter { $0.id >= id }.prefix(max(count, 0)))
  }

  /// The largest number of entries kept: `$MaximumHistoryCount`, or the default when the
  /// variable holds something out of range.
  public var maximumCount: Int {
    let value = capacity()
    return (1...Self.maximumCapacity).contains(value) ? value : Self.defaultCapacity
  }

  private func dropOverflow() {
    let oldestKept = lastId - Int64(maximumCount) + 1
    if let first = stored.first, first.id < oldestKept {
      stored.removeAll { $0.id < oldestKept }
    }
  }
}

extension SessionHistory {
  /// Notes that the REPL starts running `commandLine`; ``finishCommand(status:)`` files it.
  public func startCommand(_ commandLine: String, at startTime: Date = Date()) {
    running = (commandLine, startTime, nil)
  }

  /// Files the running line now, still Running, so that entries added next come after it.
  ///
  /// pwsh does this when Add-History begins; outside the REPL there is nothing to file.
  public func fileRunningCommand() {
    guard let current = running, current.filedId == nil else { return }
    let entry = add(
      commandLine: current.commandLine, status: .running, startTime: current.startTime,
      endTime: Date())
    running?.filedId = entry.id
  }

  /// Makes the running line's entry show `commandLine` instead: a line that only invokes a
  /// history entry is remembered as the line it ran, as in pwsh.
  public func replaceRunningCommandLine(with commandLine: String) {
    guard running != nil else { return }
    running?.commandLine = commandLine
    if let id = running?.filedId, let index = stored.firstIndex(where: { $0.id == id }) {
      stored[index].commandLine = commandLine
    }
  }

  /// Files the running line with its outcome and the current time as its end.
  public func finishCommand(status: ExecutionStatus, at endTime: Date = Date()) {
    guard let current = running else { return }
    running = nil
    if let id = current.filedId {
      if let index = stored.firstIndex(where: { $0.id == id }) {
        stored[index].status = status
        stored[index].endTime = endTime
      }
      return
    }
    add(
      commandLine: current.commandLine, status: status, startTime: current.startTime,
      endTime: endTime)
  }

  /// True while Invoke-History runs an entry.
  public var isInvoking: Bool { !invoking.isEmpty }

  /// Marks an entry as being invoked; false when it already is (an Invoke-History loop).
  public func beginInvoking(_ id: Int64) -> Bool {
    invoking.insert(id).inserted
  }

  /// Ends what ``beginInvoking(_:)`` began.
  public func endInvoking(_ id: Int64) {
    invoking.remove(id)
  }
}
