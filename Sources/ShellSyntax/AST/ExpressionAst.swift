/// An expression node: a value-producing piece of PowerShell syntax.
public final class ExpressionAst: Sendable {
  public let kind: ExpressionKind
  public let range: SourceRange

  public init(_ kind: ExpressionKind, _ range: SourceRange) {
    self.kind = kind
    self.range = range
  }
}

/// The shapes an expression can take, named after PowerShell's `*ExpressionAst` classes.
public indirect enum ExpressionKind: Sendable {
  /// A number or verbatim string literal.
  ///
  /// `text` keeps the source spelling of a number given as a command argument (`Write-Output 0x10`
  /// prints `0x10`).
  case constant(ConstantValue)
  /// A bare word in argument mode or a single-quoted string.
  case stringConstant(String, StringQuoteKind)
  /// A double-quoted string or here-string with `$var`, `${name}` and `$(...)` parts.
  case expandableString([StringPart], StringQuoteKind)
  /// `$name`, `$scope:name`, `${any name}`; `@name` when splatted in a command.
  case variable(VariablePath, isSplatted: Bool)
  case binary(BinaryOperator, ExpressionAst, ExpressionAst, operatorRange: SourceRange)
  case unary(UnaryOperator, ExpressionAst)
  /// `[type] operand`; `[ordered]@{}` and `[pscustomobject]@{}` are casts too.
  case convert(TypeName, ExpressionAst)
  /// `[ValidateRange(1, 10)] operand`: an attribute on a variable being assigned
  /// (`[ValidateNotNull()][string]$x = ...`); elsewhere it is the operand's value.
  case attributed(AttributeAst, ExpressionAst)
  /// `[type]` standing alone, for example the right operand of `-is` or the target of `::`.
  case typeLiteral(TypeName)
  /// `a, b, c` (the comma operator); unary `,x` gives a one-element list.
  case arrayLiteral([ExpressionAst])
  /// `@( statements )`.
  case arraySubExpression([StatementAst])
  /// `$( statements )`.
  case subExpression([StatementAst])
  /// `( pipeline )`: one statement (a pipeline or an assignment) in parentheses.
  case paren(StatementAst)
  /// `@{ key = value; … }`; values are statements (pipelines allowed).
  case hashtable([HashtableEntry])
  /// `{ … }`.
  case scriptBlock(ScriptBlockAst)
  /// `target.Member`, `target::Member`, `target?.Member`; `member` is usually a string constant.
  case member(
    target: ExpressionAst, member: ExpressionAst, isStatic: Bool, isNullConditional: Bool)
  /// `target.Method(args)` or `[type]::Method(args)`.
  case invokeMember(
    target: ExpressionAst, member: ExpressionAst, arguments: [ExpressionAst], isStatic: Bool,
    isNullConditional: Bool)
  /// `target[index]`, `target?[index]`.
  case index(target: ExpressionAst, index: ExpressionAst, isNullConditional: Bool)
  /// `condition ? ifTrue : ifFalse`.
  case ternary(ExpressionAst, ExpressionAst, ExpressionAst)
}

/// A literal number.
///
/// Integers carry the PowerShell type they were given by the lexer.
public enum ConstantValue: Sendable {
  case int(Int32, text: String)
  case long(Int64, text: String)
  case decimal(String)
  case double(Double, text: String)

  /// The literal as it was written (without a decimal's `d` suffix).
  public var text: String {
    switch self {
    case .int(_, let text), .long(_, let text), .double(_, let text): return text
    case .decimal(let digits): return digits
    }
  }
}

public enum StringQuoteKind: Sendable {
  case bare
  case singleQuoted
  case doubleQuoted
  case singleHereString
  case doubleHereString
}

/// A part of an expandable string.
public enum StringPart: Sendable {
  case literal(String)
  case variable(VariablePath, SourceRange)
  case subExpression([StatementAst], SourceRange)
}

/// One `key = value` entry of a hashtable literal.
public struct HashtableEntry: Sendable {
  public let key: ExpressionAst
  public let value: StatementAst

  public init(key: ExpressionAst, value: StatementAst) {
    self.key = key
    self.value = value
  }
}

/// A variable reference with its scope or drive prefix.
public struct VariablePath: Sendable, Hashable {
  /// The prefix before the colon (`global`, `script`, `local`, `private`, `env`, `variable`,
  /// `function`, `using`), lowercased; nil when there is none.
  public let scope: String?
  /// The name as written, without `$` and prefix.
  public let name: String
  /// The lowercased name, used for lookups (names are case-insensitive).
  public let key: String

  public init(scope: String?, name: String) {
    self.scope = scope?.lowercased()
    self.name = name
    self.key = name.lowercased()
  }

  /// The text as the user wrote it after `$`, for example `env:PATH`.
  public var userPath: String { scope.map { "\($0):\(name)" } ?? name }
}

/// A type name as written between brackets, for example `int`, `string[]`, `System.DateTime`.
public struct TypeName: Sendable, Hashable {
  public let name: String
  public let range: SourceRange?

  public init(_ name: String, range: SourceRange? = nil) {
    self.name = name
    self.range = range
  }

  public static func == (lhs: TypeName, rhs: TypeName) -> Bool {
    lhs.name.lowercased() == rhs.name.lowercased()
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(name.lowercased()) }
}
