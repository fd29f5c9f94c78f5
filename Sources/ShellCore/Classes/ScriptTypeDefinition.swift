import ShellSyntax

/// A `class` or `enum` a script defined: what casts, `::new`, member access and formatting
/// need to know about it at run time.
///
/// The interpreter is single-threaded, so the definition is shared freely; it keeps a weak
/// reference to its interpreter to run constructors and methods wherever a conversion to the
/// type happens.
public final class ScriptTypeDefinition: @unchecked Sendable, Hashable {
  /// One declared property of a class.
  struct Property {
    let name: String
    let type: PSType?
    let isStatic: Bool
    let isHidden: Bool
    let ast: PropertyMemberAst
  }

  let ast: TypeDefinitionAst
  public let name: String
  weak var interpreter: Interpreter?
  /// The scope the type was defined in, where its initializers and method bodies find
  /// variables.
  let scope: Scope
  /// The script class this one derives from.
  var baseClass: ScriptTypeDefinition?
  /// Own instance and static properties, in declaration order.
  var properties: [Property] = []
  /// Own methods (no constructors) by lowercased name.
  var methods: [String: [FunctionMemberAst]] = [:]
  var constructors: [FunctionMemberAst] = []
  /// Values of static properties, by lowercased name (inherited ones live in the base).
  var staticValues: [String: Value] = [:]

  /// Enum members in declaration order.
  var enumMembers: [(name: String, value: Int64)] = []
  /// The underlying integer type of an enum (Int32 unless written).
  var underlyingType: PSType = PSType(kind: .int, fullName: "System.Int32")
  var isFlags = false

  init(ast: TypeDefinitionAst, interpreter: Interpreter, scope: Scope) {
    self.ast = ast
    self.name = ast.name
    self.interpreter = interpreter
    self.scope = scope
  }

  public var isEnum: Bool { ast.kind == .enumType }

  /// The type literal `[Name]` evaluates to.
  public var type: PSType {
    PSType(kind: isEnum ? .scriptEnum : .scriptClass, fullName: name, definition: self)
  }

  /// This class and its bases, most derived first.
  var lineage: [ScriptTypeDefinition] {
    var chain: [ScriptTypeDefinition] = []
    var current: ScriptTypeDefinition? = self
    while let type = current {
      chain.append(type)
      current = type.baseClass
    }
    return chain
  }

  /// The PSTypeNames of an instance, most derived first.
  var typeNames: [String] {
    if isEnum { return [name, "System.Enum", "System.ValueType", "System.Object"] }
    return lineage.map(\.name) + ["System.Object"]
  }

  /// Instance properties, the class's own before its base's (as .NET reflection lists
  /// them), hidden ones included.
  var instanceProperties: [Property] {
    lineage.flatMap { $0.properties.filter { !$0.isStatic } }
  }

  /// The overloads of a method visible on this class (own ones hide the base's with the same
  /// number of parameters).
  func overloads(_ name: String, isStatic: Bool) -> [FunctionMemberAst] {
    var found: [FunctionMemberAst] = []
    for type in lineage {
      for method in type.methods[name.lowercased()] ?? [] where method.isStatic == isStatic {
        if !found.contains(where: { $0.parameters.count == method.parameters.count }) {
          found.append(method)
        }
      }
    }
    return found
  }

  /// The class in the lineage holding a static property, if any.
  func staticOwner(of name: String) -> ScriptTypeDefinition? {
    let key = name.lowercased()
    return lineage.first { type in
      type.properties.contains { $0.isStatic && $0.name.lowercased() == key }
    }
  }

  public static func == (lhs: ScriptTypeDefinition, rhs: ScriptTypeDefinition) -> Bool {
    lhs === rhs
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

extension PSObject {
  /// The script class or enum this object is an instance of, if any.
  var scriptType: ScriptTypeDefinition? { base as? ScriptTypeDefinition }

  /// True for an instance of a class a script defined.
  public var isScriptClassInstance: Bool { scriptType.map { !$0.isEnum } ?? false }

  /// The properties a script class declared `hidden`, which Get-Member and formatting leave
  /// out.
  public var hiddenPropertyNames: Set<String> {
    guard let type = scriptType else { return [] }
    return Set(type.instanceProperties.filter(\.isHidden).map { $0.name.lowercased() })
  }
}
