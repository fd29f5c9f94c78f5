import Foundation
import ShellCore
import ShellFormatting

/// Select-String (`sls`): finds text matching patterns in piped strings or in files.
///
/// Each matching line becomes a `Microsoft.PowerShell.Commands.MatchInfo` with IgnoreCase,
/// LineNumber, Line, Filename, Path, Pattern, Context and Matches, as in PowerShell. Piped
/// strings count as the lines of one input named `InputStream` and show as the line itself; a
/// file's match shows as `path:line:text`, the path relative to the current directory when the
/// file is under it. The matched text is shown in reverse video when the output allows colour,
/// as PowerShell 7 emphasises it.
final class SelectString: Cmdlet {
  static let matchInfoTypeNames = ["Microsoft.PowerShell.Commands.MatchInfo", "System.Object"]

  static let declaration = CmdletDeclaration(
    name: "Select-String",
    synopsis: "Finds text in strings and files.",
    description: """
      Tests each piped string, or each line of the -Path files, against the -Pattern regular \
      expressions (the first that matches counts), without regard to case unless \
      -CaseSensitive is given, and writes a MatchInfo object per matching line. -SimpleMatch \
      searches for the patterns as plain text; -NotMatch writes the lines that match none; \
      -AllMatches keeps every match of a line in Matches rather than the first; -List stops at \
      the first match of each file (or of the piped input); -Quiet writes only $true (or \
      nothing); -Raw writes the matching lines as strings; -Context keeps the lines around \
      each match.
      """,
    parameters: [
      ParameterDeclaration(
        "Pattern", .stringArray, position: 0, mandatory: true,
        help: "The regular expressions (or, with -SimpleMatch, the texts) to find."),
      ParameterDeclaration(
        "InputObject", .any, mandatory: true, pipeline: .byValue, sets: ["Object", "ObjectRaw"],
        help: "The text to search; each object is one line.", allowNull: true,
        allowEmptyString: true),
      ParameterDeclaration(
        "Path", .stringArray, position: 1, mandatory: true, pipeline: .byPropertyName,
        sets: ["File", "FileRaw"],
        help: "The files to search; wildcards are allowed in the file name."),
      ParameterDeclaration(
        "LiteralPath", .stringArray, mandatory: true, pipeline: .byPropertyName,
        sets: ["LiteralFile", "LiteralFileRaw"], aliases: ["PSPath", "LP"],
        help: "The files to search, taken literally."),
      ParameterDeclaration(
        "SimpleMatch", .switchParameter, help: "Searches for the patterns as plain text."),
      ParameterDeclaration(
        "CaseSensitive", .switchParameter, help: "Matches with regard to case."),
      ParameterDeclaration(
        "Culture", .string, validValues: SelectStringCulture.names,
        help: "With -SimpleMatch, compares as this culture does (a name such as tr-TR), or "
          + "Ordinal, Invariant or Current (the default)."),
      ParameterDeclaration(
        "Context", .intArray,
        help: "The number of lines to capture before and after each match (one number for "
          + "both, or two); the display shows them around the match, marked with '>'."),
      ParameterDeclaration(
        "NotMatch", .switchParameter, help: "Finds the lines that match none of the patterns."),
      ParameterDeclaration(
        "AllMatches", .switchParameter,
        help: "Keeps every match of the pattern in a line, not only the first."),
      ParameterDeclaration(
        "Quiet", .switchParameter, sets: ["Object", "File", "LiteralFile"],
        help: "Writes $true when any line matches and nothing otherwise, instead of MatchInfo "
          + "objects."),
      ParameterDeclaration(
        "List", .switchParameter,
        help: "Writes only the first match of each file (or of the piped input)."),
      ParameterDeclaration(
        "Raw", .switchParameter, mandatory: true, sets: ["ObjectRaw", "FileRaw", "LiteralFileRaw"],
        help: "Writes the matching lines as strings."),
      ParameterDeclaration(
        "NoEmphasis", .switchParameter,
        help: "Shows matches without highlighting even when the output allows colour."),
      ParameterDeclaration(
        "Encoding", .string, help: "The encoding of the files when they have no byte order mark."),
    ],
    defaultParameterSet: "Object",
    examples: [
      CmdletExample(
        "'apple', 'Banana', 'cherry' | Select-String 'an'",
        remarks: "Finds piped strings; a match shows as the line.", prints: "\nBanana\n\n"),
      CmdletExample(
        "('x1y22' | Select-String '\\d+' -AllMatches).Matches.Value -join ','",
        remarks: "Keeps every match of a line.", prints: "1,22\n"),
      CmdletExample(
        "'a', 'b', 'c' | Select-String 'b' -NotMatch | ForEach-Object LineNumber",
        remarks: "Finds the lines that do not match, with their numbers.", prints: "1\n3\n"),
      CmdletExample(
        "'one', 'two' | Select-String 'tw' -Quiet",
        remarks: "Reports only whether anything matched.", prints: "True\n"),
      CmdletExample(
        "'a', 'b', 'c' | Select-String 'b' -Context 1",
        remarks: "Shows the lines around the match.", prints: "\n  a\n> b\n  c\n\n"),
    ],
    module: "Microsoft.PowerShell.Utility")

  /// How one line is tested: compiled regexes or plain texts.
  private enum Matcher {
    case regex([DotNetRegex])
    case simple([String])
  }

  /// One line of a source that waits for its context before it is written.
  private struct PendingLine {
    let text: String
    let found: Found?
    let isSelected: Bool
  }

  private var matcher = Matcher.simple([])
  private var patterns: [String] = []
  private var isCaseSensitive = false
  private var culture = SelectStringCulture(nil)
  private var context: SelectStringContext?
  private var streamLineNumber = 0
  private var streamIsDone = false
  private var streamLines: [PendingLine] = []
  private var quietAnswered = false

  required init() {}

  func begin(_ context: CommandContext) throws {
    let parameters = context.parameters
    if parameters.isSet("Culture"), !parameters.isSet("SimpleMatch") {
      throw CmdletErrors.terminating(
        context, "CannotSpecifyCultureWithoutSimpleMatch",
        "You must specify -Culture parameter only with -SimpleMatch parameter.",
        category: .invalidData, exceptionType: "System.InvalidOperationException")
    }
    patterns = parameters["Pattern"]?.enumerated.map { $0.toText() } ?? []
    isCaseSensitive = parameters.isSet("CaseSensitive")
    culture = SelectStringCulture(parameters["Culture"]?.toText())
    try readContext(context)
    if parameters.isSet("SimpleMatch") {
      matcher = .simple(patterns)
      return
    }
    var compiled: [DotNetRegex] = []
    for pattern in patterns {
      do {
        compiled.append(try DotNetRegex.make(pattern, caseSensitive: isCaseSensitive))
      } catch {
        throw CmdletErrors.terminating(
          context, "InvalidRegex", "The string \(pattern) is not a valid regular expression.",
          category: .invalidArgument, target: .string(pattern),
          exceptionType: "System.ArgumentException")
      }
    }
    matcher = .regex(compiled)
  }

  /// Reads -Context, checked as its ValidateCount(1, 2) and ValidateRange(0, max) are; the
  /// context only matters when MatchInfo objects are written.
  private func readContext(_ context: CommandContext) throws {
    let parameters = context.parameters
    guard let argument = parameters["Context"] else { return }
    let numbers = argument.enumerated
    guard (1...2).contains(numbers.count) else {
      throw CmdletErrors.terminating(
        context, "ParameterArgumentValidationError",
        "Cannot validate argument on parameter 'Context'. The parameter requires at least 1 "
          + "value(s) and no more than 2 value(s) - \(numbers.count) value(s) were provided.",
        category: .invalidData,
        exceptionType: "System.Management.Automation.ParameterBindingValidationException")
    }
    for number in numbers {
      let value = Int64(number.intValue ?? 0)
      if value < 0 {
        throw CmdletErrors.outsideRange(
          context, parameter: "Context", value: value, range: 0...Int64(Int32.max),
          target: number)
      }
    }
    guard !parameters.isSet("Raw"), !parameters.isSet("Quiet"),
      let tracked = SelectStringContext(argument), !tracked.isEmpty
    else { return }
    self.context = tracked
  }

  func process(_ context: CommandContext) throws {
    guard !quietAnswered else { return }
    let parameters = context.parameters
    if let paths = parameters["Path"] ?? parameters["LiteralPath"] {
      let isLiteral = parameters["LiteralPath"] != nil
      for path in paths.enumerated.map({ $0.toText() }) {
        try search(path: path, wildcard: !isLiteral, context)
      }
      return
    }
    guard let input = context.input ?? parameters["InputObject"], !streamIsDone else { return }
    if case .null = input.unwrapped { return }
    streamLineNumber += 1
    let line = input.toText()
    if self.context != nil {
      let pending = pendingLine(line, context)
      streamLines.append(pending)
      if pending.isSelected, parameters.isSet("List") { streamIsDone = true }
      return
    }
    if try test(line, number: streamLineNumber, path: "InputStream", name: "InputStream", context),
      parameters.isSet("List")
    {
      streamIsDone = true
    }
  }

  func end(_ context: CommandContext) throws {
    if !streamLines.isEmpty {
      try writeWithContext(streamLines, path: "InputStream", name: "InputStream", context)
    }
  }

  /// Searches every line of the files a path names.
  private func search(path: String, wildcard: Bool, _ context: CommandContext) throws {
    let interpreter = context.interpreter
    let files = try FileContent.resolve(path, wildcard: wildcard, interpreter)
    let encoding = try FileContent.encoding(context)
    for file in files {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
        try context.writeError(FileContent.pathNotFound(file, context))
        continue
      }
      if isDirectory.boolValue { continue }
      guard let data = FileManager.default.contents(atPath: file) else {
        try context.writeError(FileContent.pathNotFound(file, context))
        continue
      }
      let lines = FileContent.lines(FileContent.decode(data, as: encoding))
      let name = (file as NSString).lastPathComponent
      if self.context != nil {
        var pending: [PendingLine] = []
        for line in lines {
          pending.append(pendingLine(line, context))
          if pending.last?.isSelected == true, context.parameters.isSet("List") { break }
        }
        try writeWithContext(pending, path: file, name: name, context)
        continue
      }
      for (index, line) in lines.enumerated() {
        if quietAnswered { return }
        if try test(line, number: index + 1, path: file, name: name, context),
          context.parameters.isSet("List")
        {
          break
        }
      }
    }
  }

  /// Tests a line whose MatchInfo waits for the lines after it.
  private func pendingLine(_ line: String, _ context: CommandContext) -> PendingLine {
    let found = matches(in: line, all: context.parameters.isSet("AllMatches"))
    let selected = context.parameters.isSet("NotMatch") ? found == nil : found != nil
    return PendingLine(text: line, found: found, isSelected: selected)
  }

  /// Writes the selected lines of a source with their context.
  private func writeWithContext(
    _ lines: [PendingLine], path: String, name: String, _ context: CommandContext
  ) throws {
    guard let tracked = self.context else { return }
    let contexts = tracked.contexts(of: lines.map(\.text), selected: lines.map(\.isSelected))
    for (index, line) in lines.enumerated() where line.isSelected {
      try context.write(
        matchInfo(
          line.text, number: index + 1, path: path, name: name, found: line.found,
          context: contexts[index] ?? SelectStringContext.Lines(), context))
    }
  }

  /// Tests one line and writes its result; true when the line was written.
  private func test(
    _ line: String, number: Int, path: String, name: String, _ context: CommandContext
  ) throws -> Bool {
    let parameters = context.parameters
    let found = matches(in: line, all: parameters.isSet("AllMatches"))
    let selected = parameters.isSet("NotMatch") ? found == nil : found != nil
    guard selected else { return false }
    if parameters.isSet("Quiet") {
      quietAnswered = true
      try context.write(.bool(true))
      return true
    }
    if parameters.isSet("Raw") {
      try context.write(.string(line))
      return true
    }
    try context.write(
      matchInfo(line, number: number, path: path, name: name, found: found, context: nil, context))
    return true
  }

  /// The MatchInfo of a selected line.
  private func matchInfo(
    _ line: String, number: Int, path: String, name: String, found: Found?,
    context lines: SelectStringContext.Lines?, _ context: CommandContext
  ) -> Value {
    let info = PSObject(typeNames: Self.matchInfoTypeNames)
    info.set("IgnoreCase", .bool(!isCaseSensitive))
    info.set("LineNumber", .int(Int32(clamping: number)))
    info.set("Line", .string(line))
    info.set("Filename", .string(name))
    info.set("Path", .string(path))
    info.set("Pattern", .string(found?.pattern ?? patterns.first ?? ""))
    info.set("Context", lines.map(SelectStringContext.object) ?? .null)
    info.set("Matches", .array(found?.matches ?? []))
    // Matches are emphasised where the terminal takes escape sequences, as in pwsh.
    if let found, !found.ranges.isEmpty, !context.parameters.isSet("NoEmphasis"),
      HostVariable.supportsVirtualTerminal
    {
      info.base = Emphasis(found.ranges)
    }
    info.stringValue = { [unowned info] in
      Self.text(of: info, line: line, relativeTo: nil).joined(separator: "\n")
    }
    return .object(info)
  }

  /// What matched in one line: the pattern, its Match objects and the matched UTF-16 ranges.
  private struct Found {
    let pattern: String
    let matches: [Value]
    let ranges: [NSRange]
  }

  /// The first pattern that matches the line, with its Match objects.
  private func matches(in line: String, all: Bool) -> Found? {
    switch matcher {
    case .regex(let regexes):
      for regex in regexes {
        let results = all ? regex.matches(in: line) : regex.firstMatch(in: line).map { [$0] } ?? []
        guard !results.isEmpty else { continue }
        return Found(
          pattern: regex.pattern,
          matches: results.map { RegexMatchObject.make($0, regex: regex, in: line) },
          ranges: results.map(\.range))
      }
    case .simple(let texts):
      for text in texts {
        if text.isEmpty { return Found(pattern: text, matches: [], ranges: []) }
        if let range = culture.range(of: text, in: line, caseSensitive: isCaseSensitive) {
          return Found(pattern: text, matches: [], ranges: [NSRange(range, in: line)])
        }
      }
    }
    return nil
  }
}
