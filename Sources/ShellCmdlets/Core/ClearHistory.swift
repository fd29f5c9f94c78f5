import Foundation
import ShellCore

/// Clear-History (`clhy`): removes entries from the session history.
///
/// Ids are never reused: the entries after a removed one keep their ids. As in pwsh, only the
/// form without -Id, -CommandLine and -Count asks ShouldProcess (so -WhatIf and -Confirm act
/// on it alone).
final class ClearHistory: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Clear-History",
    synopsis: "Deletes entries from the session history.",
    description: """
      Without parameters, deletes every entry. -Id deletes the entries with those ids; \
      -CommandLine deletes entries whose command line matches a pattern (wildcards allowed, \
      case-insensitive): the oldest match, or every match when the pattern has wildcards. \
      -Count deletes that many of the oldest entries (or of those ending at one -Id, or \
      matching one -CommandLine); -Newest takes the newest ones instead.
      """,
    parameters: [
      ParameterDeclaration(
        "Id", .intArray, position: 0, sets: ["IDParameter"],
        help: "The ids of the entries to delete (1 or more)."),
      ParameterDeclaration(
        "CommandLine", .stringArray, sets: ["CommandLineParameter"],
        help: "Patterns of the command lines to delete (wildcards allowed)."),
      ParameterDeclaration(
        "Count", .int, position: 1,
        help: "How many entries to delete (1 or more): the oldest, or the newest with -Newest."),
      ParameterDeclaration(
        "Newest", .switchParameter,
        help: "Deletes the newest entries instead of the oldest ones."),
    ],
    defaultParameterSet: "IDParameter",
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "1..4 | ForEach-Object { [pscustomobject]@{CommandLine = \"Write-Output $_\"; "
          + "ExecutionStatus = 'Completed'; StartExecutionTime = (Get-Date); "
          + "EndExecutionTime = (Get-Date)} } | Add-History\n"
          + "Clear-History -Id 2\n"
          + "Clear-History -Count 1 -Newest\n"
          + "(Get-History).Id -join ','",
        remarks: "Deletes entry 2, then the newest entry; the others keep their ids.",
        prints: "1,3\n"),
      CmdletExample(
        "Clear-History -CommandLine *Get-ADUser*",
        remarks: "Deletes every entry whose command line contains Get-ADUser."),
      CmdletExample("Clear-History", remarks: "Deletes the whole session history."),
    ],
    module: "Microsoft.PowerShell.Core")

  required init() {}

  func process(_ context: CommandContext) throws {
    let parameters = context.parameters
    let count = parameters["Count"]?.intValue
    if let count {
      try HistoryObjects.validate("Count", [Int64(count)], in: 1...Int64(Int32.max), context)
    }
    let ids = HistoryObjects.ids(parameters["Id"])
    try HistoryObjects.validate("Id", ids, in: 1...Int64(Int32.max), context)
    if let patterns = parameters["CommandLine"] {
      try clear(matching: VariableObjects.strings(patterns), count: count, context)
    } else if parameters.contains("Id") {
      try clear(ids: ids, count: count, context)
    } else if let count {
      let history = context.interpreter.history
      let entries = history.entries
      let chosen = isNewest(context) ? entries.suffix(count) : entries.prefix(count)
      history.remove(ids: Set(chosen.map(\.id)))
    } else if try context.shouldProcess(
      target: "This command will clear all the entries from the session history.",
      action: "Clear-History", impact: .medium)
    {
      let history = context.interpreter.history
      history.remove(ids: Set(history.entries.map(\.id)))
    }
  }

  private func isNewest(_ context: CommandContext) -> Bool {
    context.parameters.isSet("Newest")
  }

  /// -Id: each id, or with -Count the entries ending at (or, with -Newest, starting at) one.
  private func clear(ids: [Int64], count: Int?, _ context: CommandContext) throws {
    let history = context.interpreter.history
    guard let count else {
      for id in ids {
        if history.entry(id: id) != nil {
          history.remove(ids: [id])
        } else {
          try context.writeError(
            HistoryObjects.noHistoryForId(id, errorId: "GetHistoryNoHistoryForId", context))
        }
      }
      return
    }
    guard ids.count <= 1 else { throw HistoryObjects.countWithMultipleIds(count, context) }
    for id in ids {
      if history.entry(id: id) == nil {
        try context.writeError(
          HistoryObjects.noHistoryForId(id, errorId: "GetHistoryNoHistoryForId", context))
      }
      let chosen =
        isNewest(context)
        ? history.entries(startingAt: id, count: count)
        : history.entries(endingAt: id, count: count)
      history.remove(ids: Set(chosen.map(\.id)))
    }
  }

  /// -CommandLine: each pattern matches trimmed command lines as a wildcard, ignoring case.
  ///
  /// Without -Count a pattern deletes its oldest (or newest) match, or every match if it has
  /// wildcards.
  private func clear(matching patterns: [String], count: Int?, _ context: CommandContext)
    throws
  {
    if count != nil, patterns.count > 1 {
      // pwsh's error id for this case ends with a space.
      throw CmdletErrors.terminating(
        context, "NoCountWithMultipleCmdLine ",
        "The count cannot be combined with multiple CommandLine parameters.",
        category: .invalidArgument, target: .array(patterns.map(Value.string)),
        exceptionType: "System.ArgumentException")
    }
    let history = context.interpreter.history
    for pattern in patterns {
      let matches = history.entries.filter {
        Operators.wildcardMatch(
          $0.commandLine.trimmingCharacters(in: .whitespacesAndNewlines), pattern: pattern)
      }
      let limit = count ?? (VariableObjects.isWildcard(pattern) ? matches.count : 1)
      let chosen = isNewest(context) ? matches.suffix(limit) : matches.prefix(limit)
      history.remove(ids: Set(chosen.map(\.id)))
    }
  }
}
