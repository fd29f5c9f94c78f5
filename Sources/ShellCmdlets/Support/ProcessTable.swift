import Foundation
import ShellCore

/// The processes of this Linux machine, read from /proc as .NET's System.Diagnostics.Process
/// reads them, turned into PSObjects with the members pwsh shows.
enum ProcessTable {
  static let typeNames = [
    "System.Diagnostics.Process", "System.ComponentModel.Component", "System.MarshalByRefObject",
    "System.Object",
  ]

  /// Every process that is still there when read, by ascending id.
  static func all() -> [PSObject] {
    let files = FileManager.default
    let entries = (try? files.contentsOfDirectory(atPath: "/proc")) ?? []  // unlistable: no process
    return entries.compactMap { Int32($0) }.sorted().compactMap(process)
  }

  /// The process with this id, or nil when there is none (it may have just exited).
  static func process(_ id: Int32) -> PSObject? {
    guard let stat = read("/proc/\(id)/stat"), let close = stat.lastIndex(of: ")"),
      let open = stat.firstIndex(of: "(")
    else { return nil }
    // Fields after the parenthesised name, which may itself hold spaces and parentheses;
    // fields[0] is the state (field 3 of proc(5)).
    let fields = stat[stat.index(after: close)...].split(separator: " ").map(String.init)
    guard fields.count > 22 else { return nil }
    let comm = String(stat[stat.index(after: open)..<close])
    let status = statusFields(id)
    let ticksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))
    let pageSize = Int64(sysconf(Int32(_SC_PAGESIZE)))
    let userTicks = Double(fields[11]) ?? 0
    let systemTicks = Double(fields[12]) ?? 0
    let startTicks = Double(fields[19]) ?? 0
    let commandLine = self.commandLine(id)
    let path = self.path(id)
    let name = processName(comm: comm, commandLine: commandLine, path: path)

    let object = PSObject(typeNames: typeNames)
    let workingSet = (Int64(fields[21]) ?? 0) * pageSize
    let virtual = Int64(fields[20]) ?? 0
    let paged = status["vmswap"] ?? 0
    let handles = handleCount(id)
    let cpu = (userTicks + systemTicks) / ticksPerSecond
    object.set("Name", .string(name))
    object.set("SI", .int(Int32(getsid(id))))
    object.set("Handles", .int(Int32(handles)))
    object.set("VM", .long(virtual))
    object.set("WS", .long(workingSet))
    object.set("PM", .long(paged))
    object.set("NPM", .long(0))
    object.set("Path", path.map(Value.string) ?? .null)
    object.set("CommandLine", commandLine.map(Value.string) ?? .null)
    object.set("CPU", .double(cpu))
    object.set("HandleCount", .int(Int32(handles)))
    object.set("HasExited", .bool(false))
    object.set("Id", .int(id))
    object.set("MachineName", .string("."))
    object.set("NonpagedSystemMemorySize64", .long(0))
    object.set("PagedMemorySize64", .long(paged))
    object.set("PeakVirtualMemorySize64", .long(status["vmpeak"] ?? virtual))
    object.set("PeakWorkingSet64", .long(status["vmhwm"] ?? workingSet))
    object.set("PrivateMemorySize64", .long(status["vmdata"] ?? 0))
    object.set("PrivilegedProcessorTime", timeSpan(seconds: systemTicks / ticksPerSecond))
    object.set("ProcessName", .string(name))
    object.set("SessionId", .int(Int32(getsid(id))))
    object.set("StartTime", startTime(ticks: startTicks, perSecond: ticksPerSecond))
    object.set("Threads", .array(threads(id)))
    object.set("TotalProcessorTime", timeSpan(seconds: cpu))
    object.set("UserProcessorTime", timeSpan(seconds: userTicks / ticksPerSecond))
    object.set("VirtualMemorySize64", .long(virtual))
    object.set("WorkingSet64", .long(workingSet))
    object.stringValue = { "System.Diagnostics.Process (\(name))" }
    return object
  }

  /// The kernel keeps 15 characters of a name; as .NET does, a cut name is completed from the
  /// program's file name when that starts with it.
  static func processName(comm: String, commandLine: String?, path: String?) -> String {
    guard comm.count >= 15 else { return comm }
    let candidates = [path, commandLine?.split(separator: " ").first.map(String.init)]
    for candidate in candidates.compactMap({ $0 }) {
      let file = (candidate as NSString).lastPathComponent
      if file.hasPrefix(comm) { return file }
    }
    return comm
  }

  /// The arguments the process was started with, joined by spaces; nil for a kernel thread.
  private static func commandLine(_ id: Int32) -> String? {
    guard let data = FileManager.default.contents(atPath: "/proc/\(id)/cmdline"), !data.isEmpty
    else { return nil }
    let words = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
    return words.joined(separator: " ")
  }

  /// The program's file, which only its owner (or root) may read.
  private static func path(_ id: Int32) -> String? {
    // Another user's process hides its executable: Path is then $null, as in pwsh.
    let link = "/proc/\(id)/exe"
    return try? FileManager.default.destinationOfSymbolicLink(atPath: link)  // hidden: $null
  }

  /// The `VmXxx:` lines of /proc/PID/status, in bytes, by lowercased key.
  private static func statusFields(_ id: Int32) -> [String: Int64] {
    var result: [String: Int64] = [:]
    for line in (read("/proc/\(id)/status") ?? "").split(separator: "\n")
    where line.hasPrefix("Vm") {
      let parts = line.split(whereSeparator: { $0 == ":" || $0 == " " || $0 == "\t" })
      guard parts.count >= 2, let kilobytes = Int64(parts[1]) else { continue }
      result[parts[0].lowercased()] = kilobytes * 1024
    }
    return result
  }

  /// Open file descriptors, which .NET counts as handles on Linux; 0 when they are hidden.
  private static func handleCount(_ id: Int32) -> Int {
    // Another user's descriptors cannot be listed: the count is then 0, as in .NET.
    let directory = "/proc/\(id)/fd"
    return (try? FileManager.default.contentsOfDirectory(atPath: directory))?.count ?? 0  // hidden
  }

  /// One ProcessThread object per task, with its id.
  private static func threads(_ id: Int32) -> [Value] {
    // A process that exited while being read has no threads left to list.
    let directory = "/proc/\(id)/task"
    let tasks = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []  // exited
    return tasks.compactMap { Int32($0) }.sorted().map { task in
      let thread = PSObject(typeNames: [
        "System.Diagnostics.ProcessThread", "System.ComponentModel.Component",
        "System.MarshalByRefObject", "System.Object",
      ])
      thread.set("Id", .int(task))
      return .object(thread)
    }
  }

  /// The boot time plus the process's start, in clock ticks since boot.
  private static func startTime(ticks: Double, perSecond: Double) -> Value {
    guard let stat = read("/proc/stat"),
      let line = stat.split(separator: "\n").first(where: { $0.hasPrefix("btime ") }),
      let boot = Double(line.dropFirst(6).trimmingCharacters(in: .whitespaces))
    else { return .null }
    return .date(Date(timeIntervalSince1970: boot + ticks / perSecond))
  }

  private static func timeSpan(seconds: Double) -> Value {
    .timeSpan(TimeSpan(ticks: Int64(seconds * Double(TimeSpan.ticksPerSecond))))
  }

  private static func read(_ path: String) -> String? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return String(decoding: data, as: UTF8.self)
  }
}
