import Foundation
import ShellSyntax

/// Programs as commands: finding them, and the text of their arguments.
extension Interpreter {
  /// The full path of the program a command name stands for: a path resolved against the
  /// current location, or the first match in `$env:PATH`.
  public func findApplication(_ name: String) -> String? {
    ApplicationSearch.find(name, location: location, searchPath: searchPath)
  }

  /// The programs in `$env:PATH` whose file names match a wildcard pattern.
  public func findApplications(matching pattern: String) -> [String] {
    ApplicationSearch.all(searchPath: searchPath, location: location) {
      Operators.wildcardMatch($0, pattern: pattern)
    }
  }

  /// `$env:PATH`, read from the process environment that `$env:` assignments change.
  private var searchPath: String? { getenv("PATH").map { String(cString: $0) } }

  /// True for an argument written as a bare word without quotes or escapes (`*.txt`, not
  /// `'*.txt'` or `` `*.txt ``), which pwsh expands as a wildcard for a program.
  static func isUnquotedBareWord(_ expression: ExpressionAst) -> Bool {
    switch expression.kind {
    case .stringConstant(_, .bare), .expandableString(_, .bare):
      return !expression.range.text.contains { $0 == "'" || $0 == "\"" || $0 == "`" }
    default:
      return false
    }
  }

  /// A program's argv (after argv[0]) from its command elements, as pwsh's Standard argument
  /// passing builds it: each value is one argument (an array, one per element), `-name` and
  /// `-name:value` are passed as text, `--` is passed on, `@splat` passes an array's elements
  /// or a hashtable's entries as `-key:value`, an unquoted bare word with a wildcard gives the
  /// paths it matches, and the text after `--%` is split into words.
  func evaluateNativeArguments(_ elements: [CommandElement], _ scope: Scope) throws -> [String] {
    var words: [String] = []
    for element in elements {
      switch element {
      case .parameter(let name, let argument, _):
        let value = try argument.map { try evalArgument($0, scope) }
        words += NativeArguments.words(ofParameter: name, value: value)
      case .argument(let expression):
        if case .variable(let path, true) = expression.kind {
          let splatted = try readVariable(path, scope, range: expression.range)
          if case .hashtable(let table) = splatted {
            for (key, value) in table.entries {
              words += NativeArguments.words(ofParameter: key.toText(), value: value)
            }
          } else {
            words += NativeArguments.words(of: splatted)
          }
          continue
        }
        let value = try evalArgument(expression, scope)
        if Self.isUnquotedBareWord(expression), case .string(let word) = value,
          let paths = NativeGlob.expand(word, location: location)
        {
          words += paths
        } else {
          words += NativeArguments.words(of: value)
        }
      case .endOfParameters:
        words.append("--")
      case .stopParsing(let text, _):
        words += NativeArguments.verbatimWords(text)
      }
    }
    return words
  }
}
