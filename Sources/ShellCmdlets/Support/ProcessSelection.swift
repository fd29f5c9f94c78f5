import ShellCore

/// The processes a process cmdlet's -Name, -Id or -InputObject picks, with pwsh's errors for
/// names and ids that pick nothing, sorted by name and then id as pwsh sorts them.
struct ProcessSelection {
  let context: CommandContext

  init(_ context: CommandContext) { self.context = context }

  func processes() throws -> [PSObject] {
    let parameters = context.parameters
    var picked: [PSObject]
    if let input = parameters["InputObject"] {
      picked = try input.enumerated.compactMap { try refreshed($0) }
    } else if let ids = parameters["Id"] {
      picked = []
      for id in ids.enumerated.compactMap(\.intValue) {
        if let process = ProcessTable.process(Int32(clamping: id)) {
          picked.append(process)
        } else {
          let message = "Cannot find a process with the process identifier \(id)."
          try context.writeError(
            notFound("NoProcessFoundForGivenId", message, target: .int(Int32(clamping: id))))
        }
      }
    } else {
      picked = try byName(parameters["Name"].map { $0.enumerated.map { $0.toText() } })
    }
    var seen = Set<Int32>()
    picked = picked.filter { seen.insert(Self.id(of: $0)).inserted }
    return picked.sorted {
      let order = Self.name(of: $0).caseInsensitiveCompare(Self.name(of: $1))
      return order == .orderedSame ? Self.id(of: $0) < Self.id(of: $1) : order == .orderedAscending
    }
  }

  private func byName(_ patterns: [String]?) throws -> [PSObject] {
    let all = ProcessTable.all()
    guard let patterns else { return all }
    var picked: [PSObject] = []
    for pattern in patterns {
      let matches = all.filter {
        Operators.wildcardMatch(Self.name(of: $0), pattern: pattern)
      }
      picked += matches
      guard matches.isEmpty, !Self.hasWildcards(pattern) else { continue }
      let record =
        Int(pattern).map { $0 >= 0 } ?? false
        ? notFound(
          "RecommendIdTagForGivenName",
          "Cannot find a process with the name \"\(pattern)\". Try running with -Id to search "
            + "by Id of processes.", target: .string(pattern))
        : notFound(
          "NoProcessFoundForGivenName",
          "Cannot find a process with the name \"\(pattern)\". Verify the process name and call "
            + "the cmdlet again.", target: .string(pattern))
      try context.writeError(record)
    }
    return picked
  }

  /// An -InputObject process read again; anything else is not a process.
  private func refreshed(_ value: Value) throws -> PSObject? {
    guard let object = value.psObject, object.typeNames.first == ProcessTable.typeNames[0] else {
      throw CmdletErrors.terminating(
        context, "CannotConvertArgumentNoMessage",
        "Cannot bind parameter 'InputObject'. Cannot convert the \"\(value.toText())\" value of "
          + "type \"\(value.dotNetType.fullName)\" to type \"System.Diagnostics.Process\".",
        category: .invalidArgument, target: value,
        exceptionType: "System.Management.Automation.ParameterBindingException")
    }
    // A process that has exited since keeps the values it had, as a .NET Process object does.
    return ProcessTable.process(Self.id(of: object)) ?? object
  }

  private func notFound(_ id: String, _ message: String, target: Value) -> ErrorRecord {
    context.errorRecord(
      id, message, category: .objectNotFound, target: target,
      exceptionType: "Microsoft.PowerShell.Commands.ProcessCommandException")
  }

  static func hasWildcards(_ pattern: String) -> Bool {
    pattern.contains { "*?[".contains($0) }
  }

  static func name(of process: PSObject) -> String {
    process.value(of: "ProcessName")?.toText() ?? ""
  }

  static func id(of process: PSObject) -> Int32 {
    if case .int(let id) = process.value(of: "Id") { return id }
    return 0
  }
}
