/// One parameter of a cmdlet or advanced function, as data.
///
/// The binder, Get-Help, Get-Command, tab completion and the tests all read this one table.
public struct ParameterDeclaration {
  public let name: String
  public let type: ParameterType
  /// Position for positional binding; nil for named-only parameters.
  public var position: Int?
  public var isMandatory: Bool
  public var valueFromPipeline: Bool
  public var valueFromPipelineByPropertyName: Bool
  /// Parameter sets this parameter belongs to; empty means every set.
  public var sets: [String]
  public var aliases: [String]
  /// Allowed values (`[ValidateSet]`), compared case-insensitively; also offered by completion.
  public var validValues: [String]?
  public var help: String
  /// Takes every positional argument no other parameter took (ValueFromRemainingArguments).
  public var valueFromRemainingArguments = false
  /// True for the common parameters the engine adds (`-ErrorAction`, `-Verbose`, ...).
  public var isCommon: Bool
  /// `[AllowNull]`, `[AllowEmptyString]`, `[AllowEmptyCollection]`: a mandatory parameter of a
  /// cmdlet rejects a null, an empty string or an empty array unless it allows it.
  public var allowsNull = false
  public var allowsEmptyString = false
  public var allowsEmptyCollection = false
  /// `[ValidateNotNullOrEmpty]`: null, an empty string or an empty array is an error, for an
  /// optional parameter too.
  public var validatesNotNullOrEmpty = false
  /// The parameter's own argument transformation and validation attributes: it receives the
  /// converted argument and returns the value to bind, or throws a RuntimeError whose
  /// FullyQualifiedErrorId becomes the binding error's (the positional binder then tries the
  /// next parameter at that position).
  public var check: ((Value) throws -> Value)?
  /// A script parameter's validation attributes, checked in order after conversion.
  public var validators: [ArgumentValidator] = []

  public init(
    _ name: String, _ type: ParameterType = .any, position: Int? = nil, mandatory: Bool = false,
    pipeline: PipelineInput = [], sets: [String] = [], aliases: [String] = [],
    validValues: [String]? = nil, help: String = "", isCommon: Bool = false,
    allowNull: Bool = false, allowEmptyString: Bool = false, allowEmptyCollection: Bool = false,
    notNullOrEmpty: Bool = false
  ) {
    self.allowsNull = allowNull
    self.allowsEmptyString = allowEmptyString
    self.allowsEmptyCollection = allowEmptyCollection
    self.validatesNotNullOrEmpty = notNullOrEmpty
    self.name = name
    self.type = type
    self.position = position
    self.isMandatory = mandatory
    self.valueFromPipeline = pipeline.contains(.byValue)
    self.valueFromPipelineByPropertyName = pipeline.contains(.byPropertyName)
    self.valueFromRemainingArguments = pipeline.contains(.remainingArguments)
    self.sets = sets
    self.aliases = aliases
    self.validValues = validValues
    self.help = help
    self.isCommon = isCommon
  }

  /// The sets in which a mandatory parameter is mandatory, when not all of its sets (Add-Member
  /// -TypeName is mandatory in TypeNameSet only); empty means all of them.
  public var mandatorySets: [String] = []

  public var isSwitch: Bool { type == .switchParameter }

  /// True when the parameter must be bound in the given set.
  public func isMandatory(in set: String?) -> Bool {
    guard isMandatory, isIn(set: set) else { return false }
    guard !mandatorySets.isEmpty, let set else { return true }
    return mandatorySets.contains { $0.caseInsensitiveCompare(set) == .orderedSame }
  }

  /// True when the parameter can be used in the given set.
  public func isIn(set: String?) -> Bool {
    guard let set else { return true }
    return sets.isEmpty || sets.contains { $0.caseInsensitiveCompare(set) == .orderedSame }
  }

  /// True when `name` is this parameter's name or one of its aliases.
  public func answers(to name: String) -> Bool {
    self.name.caseInsensitiveCompare(name) == .orderedSame
      || aliases.contains { $0.caseInsensitiveCompare(name) == .orderedSame }
  }
}

/// How a parameter takes pipeline input.
public struct PipelineInput: OptionSet {
  public let rawValue: Int
  public init(rawValue: Int) { self.rawValue = rawValue }
  public static let byValue = PipelineInput(rawValue: 1)
  public static let byPropertyName = PipelineInput(rawValue: 2)
  /// Not pipeline input: the parameter also collects leftover positional arguments.
  public static let remainingArguments = PipelineInput(rawValue: 4)
}

/// The type a parameter's argument is converted to.
public enum ParameterType: Equatable {
  case any
  case string
  case int
  case long
  case double
  case bool
  case switchParameter
  case scriptBlock
  case hashtable
  case dateTime
  case stringArray
  case anyArray
  case intArray
  case scriptBlockArray
  /// A typed parameter of a script function, converted with its PSType.
  case typed(PSType)

  /// True for a string parameter, whose empty string a mandatory parameter rejects.
  var isStringLike: Bool {
    if case .typed(let type) = self { return type.fullName == "System.String" }
    return self == .string
  }

  /// The .NET type name shown in binding errors and help.
  public var typeName: String {
    switch self {
    case .any: return "System.Object"
    case .string: return "System.String"
    case .int: return "System.Int32"
    case .long: return "System.Int64"
    case .double: return "System.Double"
    case .bool: return "System.Boolean"
    case .switchParameter: return "System.Management.Automation.SwitchParameter"
    case .scriptBlock: return "System.Management.Automation.ScriptBlock"
    case .hashtable: return "System.Collections.Hashtable"
    case .dateTime: return "System.DateTime"
    case .stringArray: return "System.String[]"
    case .anyArray: return "System.Object[]"
    case .intArray: return "System.Int32[]"
    case .scriptBlockArray: return "System.Management.Automation.ScriptBlock[]"
    case .typed(let type): return type.fullName
    }
  }

  /// The short name help shows in syntax lines, for example `String[]`.
  public var shortName: String {
    switch self {
    case .switchParameter: return "SwitchParameter"
    default: return typeName.split(separator: ".").last.map(String.init) ?? typeName
    }
  }

  var psType: PSType? {
    switch self {
    case .any: return nil
    case .typed(let type): return type
    default: return PSType.resolve(typeName)
    }
  }

  var isArray: Bool {
    switch self {
    case .stringArray, .anyArray, .intArray, .scriptBlockArray: return true
    case .typed(let type): return type.kind == .typedArray || type.kind == .array
    default: return false
    }
  }
}
