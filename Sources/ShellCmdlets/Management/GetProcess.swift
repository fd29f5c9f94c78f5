import ShellCore

/// Get-Process (`gps`): the processes of this machine, read from /proc, as
/// System.Diagnostics.Process objects.
final class GetProcess: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-Process",
    synopsis: "Gets the processes that are running on the local computer.",
    description: """
      Writes a Process object for each process, sorted by name and then id: all of them, \
      those whose name matches -Name (wildcards allowed), those with an -Id, or the -InputObject \
      processes read again. A name without wildcards that matches nothing, and an id that no \
      process has, are errors. The objects have Id, ProcessName, CPU (seconds), WorkingSet64 \
      (WS), PagedMemorySize64 (PM), VirtualMemorySize64 (VM), StartTime, Path, CommandLine, \
      Threads and more, and print as pwsh's process table.
      """,
    parameters: [
      ParameterDeclaration(
        "Name", .stringArray, position: 0, pipeline: .byPropertyName, sets: ["Name"],
        aliases: ["ProcessName"], help: "Process names to get; wildcards are allowed."),
      ParameterDeclaration(
        "Id", .intArray, mandatory: true, pipeline: .byPropertyName, sets: ["Id"],
        aliases: ["PID"], help: "Process ids to get."),
      ParameterDeclaration(
        "InputObject", .anyArray, mandatory: true, pipeline: .byValue, sets: ["InputObject"],
        help: "Process objects to read again."),
    ],
    defaultParameterSet: "Name",
    examples: [
      CmdletExample("Get-Process", remarks: "Lists every process."),
      CmdletExample(
        "(Get-Process -Id $PID).Id -eq $PID", remarks: "Gets the shell's own process.",
        prints: "True\n"),
      CmdletExample(
        "Get-Process -Name 'no-such-process*'",
        remarks: "A name with wildcards that matches nothing writes nothing.", prints: ""),
    ],
    module: "Microsoft.PowerShell.Management")

  required init() {}

  func process(_ context: CommandContext) throws {
    for process in try ProcessSelection(context).processes() {
      try context.write(.object(process))
    }
  }
}
