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
      the first match of each file (or of the piped input); -Quiet writes only $true or $false; \
      -Raw writes the matching lines as strings.
      """,
    parameters: [
      ParameterDeclaration(
        "Pattern", .stringArray, position: 0, mandatory: true,
        help: "The regular expressions (or, with -SimpleMatch, the texts) to find."),
      ParameterDeclaration(
        "InputObject", .any, mandatory: true, pipeline: .byValue, sets: ["Object"],
        help: "The text to search; each object is one line."),
      ParameterDeclaration(
        "Path", .stringArray, position: 1, mandatory: true, pipeline: .byPropertyName,
        sets: ["File"], help: "The files to search; wildcards are allowed in the file name."),
      ParameterDeclaration(
        "LiteralPath", .stringArray, mandatory: true, sets: ["LiteralFile"],
        aliases: ["PSPath", "LP"], help: "The files to search, taken literally."),
      ParameterDeclaration(
        "SimpleMatch", .switchParameter, help: "Searches for the patterns as plain text."),
      ParameterDeclaration(
        "CaseSensitive", .switchParameter, help: "Matches with regard to case."),
      ParameterDeclaration(
        "NotMatch", .switchParameter, help: "Finds the lines that match none of the patterns."),
      ParameterDeclaration(
        "AllMatches", .switchParameter,
        help: "Keeps every match of the pattern in a line, not only the first."),
      ParameterDeclaration(
        "Quiet", .switchParameter,
        help: "Writes $true when any line matches and $false otherwise, instead of MatchInfo "
          + "objects."),
      ParameterDeclaration(
        "List", .switchParameter,
        help: "Writes only the first match of each file (or of the piped input)."),
      ParameterDeclaration(
        "Raw", .switchParameter, help: "Writes the matching lines as strings."),
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
        "'one', 'two' | Select-String 'three' -Quiet",
        remarks: "Reports only whether anything matched.", prints: "False\n"),
    ],
    module: "Microsoft.PowerShell.Utility")

  /// How one line is tested: compiled regexes or plain texts.
  private enum Matcher {
    case regex([DotNetRegex])
    case simple([String])
  }

  private var matcher = Matcher.simple([])
  private var patterns: [String] = []
  private var isCaseSensitive = false
  private var streamLineNumber = 0
  private var streamIsDone = false
  private var foundAny = false
  private var quietAnswered = false

  required init() {}

  func begin(_ context: CommandContext) throws {
    let parameters = context.parameters
    patterns = parameters["Pattern"]?.enumerated.map { $0.toText() } ?? []
    isCaseSensitive = parameters.isSet("CaseSensitive")
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
    if try test(
      input.toText(), number: streamLineNumber, path: "InputStream", name: "InputStream",
      context), parameters.isSet("List")
    {
      streamIsDone = true
    }
  }

  func end(_ context: CommandContext) throws {
    if context.parameters.isSet("Quiet"), !quietAnswered { try context.write(.bool(false)) }
  }

  /// Searches every line of the files a path names.
  private func search(path: String, wildcard: Bool, _ context: CommandContext) throws {
    let interpreter = context.interpreter
    let files = FileContent.resolve(path, wildcard: wildcard, interpreter)
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

  /// Tests one line and writes its result; true when the line was written.
  private func test(
    _ line: String, number: Int, path: String, name: String, _ context: CommandContext
  ) throws -> Bool {
    let parameters = context.parameters
    let found = matches(in: line, all: parameters.isSet("AllMatches"))
    let selected = parameters.isSet("NotMatch") ? found == nil : found != nil
    guard selected else { return false }
    foundAny = true
    if parameters.isSet("Quiet") {
      quietAnswered = true
      try context.write(.bool(true))
      return true
    }
    if parameters.isSet("Raw") {
      try context.write(.string(line))
      return true
    }
    let info = PSObject(typeNames: Self.matchInfoTypeNames)
    info.set("IgnoreCase", .bool(!isCaseSensitive))
    info.set("LineNumber", .int(Int32(clamping: number)))
    info.set("Line", .string(line))
    info.set("Filename", .string(name))
    info.set("Path", .string(path))
    info.set("Pattern", .string(found?.pattern ?? patterns.first ?? ""))
    info.set("Context", .null)
    info.set("Matches", .array(found?.matches ?? []))
    if let found, !found.ranges.isEmpty, !parameters.isSet("NoEmphasis") {
      info.base = Emphasis(found.ranges)
    }
    let isStream = path == "InputStream"
    info.stringValue = { isStream ? line : "\(path):\(number):\(line)" }
    try context.write(.object(info))
    return true
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
      let options: String.CompareOptions = isCaseSensitive ? [] : [.caseInsensitive]
      for text in texts {
        if text.isEmpty { return Found(pattern: text, matches: [], ranges: []) }
        if let range = line.range(of: text, options: options) {
          return Found(pattern: text, matches: [], ranges: [NSRange(range, in: line)])
        }
      }
    }
    return nil
  }

  /// The matched parts of a MatchInfo's line, which its display highlights.
  final class Emphasis {
    let ranges: [NSRange]

    init(_ ranges: [NSRange]) { self.ranges = ranges }

    /// The line with each non-empty matched part between the emphasis marks.
    func mark(_ line: String) -> String {
      let text = line as NSString
      var result = ""
      var position = 0
      for range in ranges.sorted(by: { $0.location < $1.location })
      where range.location >= position && range.length > 0 && NSMaxRange(range) <= text.length {
        result += text.substring(
          with: NSRange(location: position, length: range.location - position))
        result.append(OutputStyle.emphasisStart)
        result += text.substring(with: range)
        result.append(OutputStyle.emphasisEnd)
        position = NSMaxRange(range)
      }
      return result + text.substring(from: position)
    }
  }

  /// The line a MatchInfo prints as: the line itself for piped text, else `path:line:text`
  /// with the path relative to the current directory when the file is under it.
  static func displayLine(_ value: Value) -> [String] {
    guard let info = value.psObject else { return [value.toText()] }
    let plainLine = info.value(of: "Line")?.toText() ?? ""
    let line = (info.base as? Emphasis)?.mark(plainLine) ?? plainLine
    let path = info.value(of: "Path")?.toText() ?? ""
    guard path != "InputStream" else { return [line] }
    let number = info.value(of: "LineNumber")?.toText() ?? ""
    var shown = path
    let directory = FileManager.default.currentDirectoryPath
    let prefix = directory.hasSuffix("/") ? directory : directory + "/"
    if path.hasPrefix(prefix) { shown = String(path.dropFirst(prefix.count)) }
    return ["\(shown):\(number):\(line)"]
  }
}
