/// The nodes of `class` and `enum` definitions, kept apart from statements because their
/// members are declarations rather than code that runs in order.
///
/// `class Name : Base { members }` or `enum Name : UnderlyingType { members }`.
public final class TypeDefinitionAst: Sendable {
  public enum Kind: Sendable { case classType, enumType }

  public let kind: Kind
  public let name: String
  /// The position of the name, where errors about the type point.
  public let nameRange: SourceRange
  /// Attributes written before the keyword, for example `[Flags()]`.
  public let attributes: [AttributeAst]
  /// The base class and interfaces of a class, or the underlying type of an enum.
  public let baseTypes: [TypeName]
  public let properties: [PropertyMemberAst]
  /// Methods and constructors, in declaration order.
  public let methods: [FunctionMemberAst]
  public let enumMembers: [EnumMemberAst]
  public let range: SourceRange

  public init(
    kind: Kind, name: String, nameRange: SourceRange, attributes: [AttributeAst],
    baseTypes: [TypeName], properties: [PropertyMemberAst], methods: [FunctionMemberAst],
    enumMembers: [EnumMemberAst], range: SourceRange
  ) {
    self.kind = kind
    self.name = name
    self.nameRange = nameRange
    self.attributes = attributes
    self.baseTypes = baseTypes
    self.properties = properties
    self.methods = methods
    self.enumMembers = enumMembers
    self.range = range
  }
}

/// `[hidden] [static] [type] $Name [= initializer]` in a class.
public struct PropertyMemberAst: Sendable {
  public let name: String
  public let typeName: TypeName?
  public let isStatic: Bool
  public let isHidden: Bool
  public let attributes: [AttributeAst]
  public let initializer: ExpressionAst?
  public let range: SourceRange

  public init(
    name: String, typeName: TypeName?, isStatic: Bool, isHidden: Bool, attributes: [AttributeAst],
    initializer: ExpressionAst?, range: SourceRange
  ) {
    self.name = name
    self.typeName = typeName
    self.isStatic = isStatic
    self.isHidden = isHidden
    self.attributes = attributes
    self.initializer = initializer
    self.range = range
  }
}

/// A method `[static] [type] Name(params) { body }` or a constructor
/// `Name(params) [: base(args)] { body }` of a class.
public struct FunctionMemberAst: Sendable {
  public let name: String
  /// The declared return type; nil for constructors and methods written without one.
  public let returnType: TypeName?
  public let isStatic: Bool
  public let isHidden: Bool
  public let isConstructor: Bool
  public let parameters: [ParameterAst]
  /// The arguments of `: base(...)` after a constructor's parameters; nil when absent.
  public let baseArguments: [ExpressionAst]?
  public let body: ScriptBlockAst
  public let range: SourceRange

  public init(
    name: String, returnType: TypeName?, isStatic: Bool, isHidden: Bool, isConstructor: Bool,
    parameters: [ParameterAst], baseArguments: [ExpressionAst]?, body: ScriptBlockAst,
    range: SourceRange
  ) {
    self.name = name
    self.returnType = returnType
    self.isStatic = isStatic
    self.isHidden = isHidden
    self.isConstructor = isConstructor
    self.parameters = parameters
    self.baseArguments = baseArguments
    self.body = body
    self.range = range
  }
}

/// `Name [= value]` in an enum.
public struct EnumMemberAst: Sendable {
  public let name: String
  public let value: ExpressionAst?
  public let range: SourceRange

  public init(name: String, value: ExpressionAst?, range: SourceRange) {
    self.name = name
    self.value = value
    self.range = range
  }
}
