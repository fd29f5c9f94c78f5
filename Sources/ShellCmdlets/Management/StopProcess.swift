import Foundation
import ShellCore

/// Stop-Process (`spps`): stops processes by -Id, -Name or -InputObject, with -WhatIf and
/// -Confirm.
final class StopProcess: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Stop-Process",
    synopsis: "Stops one or more running processes.",
    description: """
      Sends SIGKILL to each process picked by -Id, -Name (wildcards allowed) or -InputObject, \
      as .NET's Process.Kill does on Linux, after ShouldProcess (-WhatIf, -Confirm). A process \
      this user may not signal is a CouldNotStopProcess error; one that has already exited is \
      skipped. The shell's own process is stopped last. -PassThru writes the Process objects. \
      -Force asks no extra question; on Linux no question is asked for another user's process \
      anyway, as pwsh asks it only on Windows.
      """,
    parameters: [
      ParameterDeclaration(
        "Id", .intArray, position: 0, mandatory: true, pipeline: .byPropertyName, sets: ["Id"],
        help: "Ids of the processes to stop."),
      ParameterDeclaration(
        "Name", .stringArray, mandatory: true, pipeline: .byPropertyName, sets: ["Name"],
        aliases: ["ProcessName"], help: "Names of the processes to stop; wildcards are allowed."),
      ParameterDeclaration(
        "InputObject", .anyArray, position: 0, mandatory: true, pipeline: .byValue,
        sets: ["InputObject"], help: "Process objects to stop."),
      ParameterDeclaration("PassThru", .switchParameter, help: "Writes the stopped processes."),
      ParameterDeclaration(
        "Force", .switchParameter,
        help: "Stops processes without asking about those of other users (a Windows question)."),
    ],
    defaultParameterSet: "Id",
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "Stop-Process -Id $PID -WhatIf",
        remarks: "Shows what would happen without stopping the shell."),
      CmdletExample(
        "Stop-Process -Name 'no-such-process-*' -PassThru",
        remarks: "A wildcard that matches no process stops nothing and writes nothing.",
        prints: ""),
    ],
    module: "Microsoft.PowerShell.Management")

  required init() {}
  private var stopsItself = false

  func process(_ context: CommandContext) throws {
    for process in try ProcessSelection(context).processes() {
      let id = ProcessSelection.id(of: process)
      let name = ProcessSelection.name(of: process)
      guard
        try context.shouldProcess(
          target: "\(name) (\(id))", action: "Stop-Process", impact: .medium)
      else { continue }
      if id == getpid() {
        stopsItself = true
        continue
      }
      if kill(id, SIGKILL) != 0, errno != ESRCH {
        let reason = String(cString: strerror(errno))
        try context.writeError(
          context.errorRecord(
            "CouldNotStopProcess",
            "Cannot stop process \"\(name) (\(id))\" because of the following error: \(reason)",
            category: .closeError, target: .object(process),
            exceptionType: "Microsoft.PowerShell.Commands.ProcessCommandException"))
        continue
      }
      if context.parameters.isSet("PassThru") { try context.write(.object(process)) }
    }
  }

  /// The shell stops itself only after every other process was dealt with, as pwsh does.
  func end(_ context: CommandContext) throws {
    if stopsItself { kill(getpid(), SIGKILL) }
  }
}
