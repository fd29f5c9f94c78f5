/// The body of a script file, script block or function: an optional `param()` block and
/// `begin`/`process`/`end`/`clean` blocks.
///
/// Statements outside named blocks form the `end` block.
public final class ScriptBlockAst: Sendable {
  /// Attributes before `param`, for example `[CmdletBinding()]`.
  public let attributes: [AttributeAst]
  public let paramBlock: ParamBlockAst?
  public let beginBlock: StatementBlock?
  public let processBlock: StatementBlock?
  public let endBlock: StatementBlock?
  /// `clean { }` (PowerShell 7.3): runs last, however the other blocks ended.
  public let cleanBlock: StatementBlock?
  /// The `class` and `enum` definitions written in this body outside nested script blocks,
  /// which are defined before its first statement runs.
  public let typeDefinitions: [TypeDefinitionAst]
  /// True when the body had no named blocks (so `endBlock` holds the plain body).
  public let isUnnamedBody: Bool
  public let range: SourceRange

  public init(
    attributes: [AttributeAst], paramBlock: ParamBlockAst?, beginBlock: StatementBlock?,
    processBlock: StatementBlock?, endBlock: StatementBlock?, cleanBlock: StatementBlock? = nil,
    typeDefinitions: [TypeDefinitionAst] = [], isUnnamedBody: Bool, range: SourceRange
  ) {
    self.attributes = attributes
    self.paramBlock = paramBlock
    self.beginBlock = beginBlock
    self.processBlock = processBlock
    self.endBlock = endBlock
    self.cleanBlock = cleanBlock
    self.typeDefinitions = typeDefinitions
    self.isUnnamedBody = isUnnamedBody
    self.range = range
  }

  /// The text between the braces (or the whole script), as `ScriptBlock.ToString()` gives it.
  public var bodyText: String {
    let text = range.text
    if text.hasPrefix("{"), text.hasSuffix("}") { return String(text.dropFirst().dropLast()) }
    return text
  }
}

/// `param( [attributes] [type] $name = default, … )`.
public struct ParamBlockAst: Sendable {
  public let attributes: [AttributeAst]
  public let parameters: [ParameterAst]
  public let range: SourceRange

  public init(attributes: [AttributeAst], parameters: [ParameterAst], range: SourceRange) {
    self.attributes = attributes
    self.parameters = parameters
    self.range = range
  }
}

public struct ParameterAst: Sendable {
  public let name: VariablePath
  /// The last type constraint, for example `string` for `[string]$Name`, `switch` for
  /// `[switch]$Force`.
  public let typeName: TypeName?
  /// Attributes other than type constraints, for example `[Parameter(Mandatory)]`,
  /// `[ValidateSet(...)]`.
  public let attributes: [AttributeAst]
  public let defaultValue: ExpressionAst?
  public let range: SourceRange

  public init(
    name: VariablePath, typeName: TypeName?, attributes: [AttributeAst],
    defaultValue: ExpressionAst?, range: SourceRange
  ) {
    self.name = name
    self.typeName = typeName
    self.attributes = attributes
    self.defaultValue = defaultValue
    self.range = range
  }
}

/// An attribute such as `[Name(positional, Named = value, Flag)]`.
///
/// A named argument without a value (`Mandatory`) has a nil value and means `$true`.
public struct AttributeAst: Sendable {
  public let typeName: TypeName
  public let positionalArguments: [ExpressionAst]
  public let namedArguments: [(name: String, value: ExpressionAst?)]
  public let range: SourceRange

  public init(
    typeName: TypeName, positionalArguments: [ExpressionAst],
    namedArguments: [(name: String, value: ExpressionAst?)], range: SourceRange
  ) {
    self.typeName = typeName
    self.positionalArguments = positionalArguments
    self.namedArguments = namedArguments
    self.range = range
  }
}

/// `function Name { … }`, `function Name($a, $b) { … }`, `filter Name { … }`.
public struct FunctionDefinitionAst: Sendable {
  public let name: String
  public let isFilter: Bool
  /// Parameters written in the short form `function F($a, $b)`; nil when absent.
  public let parameters: [ParameterAst]?
  public let body: ScriptBlockAst
  public let range: SourceRange

  public init(
    name: String, isFilter: Bool, parameters: [ParameterAst]?, body: ScriptBlockAst,
    range: SourceRange
  ) {
    self.name = name
    self.isFilter = isFilter
    self.parameters = parameters
    self.body = body
    self.range = range
  }
}
