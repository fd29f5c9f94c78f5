import ShellSyntax

/// A script block value: code that runs when invoked (`& $sb`, `ForEach-Object $sb`, a function).
///
/// Script blocks are not closures: like PowerShell's, they resolve variables dynamically in
/// the scope they are invoked from.
public final class ScriptBlock {
  public let ast: ScriptBlockAst
  /// True for `filter` functions, whose unnamed body is a process block.
  public let isFilter: Bool

  public init(ast: ScriptBlockAst, isFilter: Bool = false) {
    self.ast = ast
    self.isFilter = isFilter
  }

  /// The text between the braces, which is what `ToString()` and string conversion return.
  public var text: String { ast.bodyText }
}
