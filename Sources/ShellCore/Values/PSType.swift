/// A type the shell knows by name: the target of casts, `-is`, `-as` and `[type]::Member`.
public struct PSType: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    case object, bool, int, long, double, decimal, byte, string, char, dateTime
    case array, hashtable, ordered, psCustomObject, psObject, scriptBlock, regex, switchParameter
    case void, type, timeSpan, guid, version
    /// A list, set, queue or stack (see `collectionFlavor`), held in a PSArray.
    case collection
    /// A generic `Dictionary[K,V]`, held in a PSHashtable.
    case dictionary
    /// A typed array such as `string[]`.
    case typedArray
    /// A type with static members only or used by name only: math, console, environment...
    case other
    /// A `class` or an `enum` a script defined; `definition` holds its members.
    case scriptClass, scriptEnum
  }

  public let kind: Kind
  /// The .NET full name, for example `System.Int32`.
  public let fullName: String
  /// For `typedArray`, the element type.
  public let elementFullName: String?
  /// The type arguments of a generic type (`List[string]`: string).
  public let genericArguments: [PSType]
  /// For script types (and arrays of them), the definition made by the script.
  public let definition: ScriptTypeDefinition?

  public init(
    kind: Kind, fullName: String, elementFullName: String? = nil, genericArguments: [PSType] = [],
    definition: ScriptTypeDefinition? = nil
  ) {
    self.kind = kind
    self.fullName = fullName
    self.elementFullName = elementFullName
    self.genericArguments = genericArguments
    self.definition = definition
  }

  /// The short name, for example `Int32` or ``List`1`` (what `.GetType().Name` prints).
  public var name: String {
    genericBaseName.split(separator: ".").last.map(String.init) ?? fullName
  }

  public var elementType: PSType? {
    if let definition { return definition.type }
    return elementFullName.flatMap(PSType.resolve)
  }

  /// Finds a type by the name written in brackets (accelerators and full names,
  /// case-insensitively); nil for unknown names.
  public static func resolve(_ written: String) -> PSType? {
    let trimmed = written.trimmingCharacters(in: .whitespaces)
    if trimmed.hasSuffix("[]") {
      let element = String(trimmed.dropLast(2))
      guard let elementType = resolve(element) else { return nil }
      return PSType(
        kind: .typedArray, fullName: elementType.fullName + "[]",
        elementFullName: elementType.fullName)
    }
    if let generic = resolveGeneric(trimmed) { return generic }
    var key = trimmed.lowercased()
    if !key.hasPrefix("system."), let known = accelerators[key] { return known }
    if key.hasPrefix("system.") { key.removeFirst("system.".count) }
    return byFullName[key] ?? ModuleTypes.type(trimmed)
  }

  static let bool = PSType(kind: .bool, fullName: "System.Boolean")
  static let int = PSType(kind: .int, fullName: "System.Int32")
  /// `[long]`, System.Int64.
  public static let long = PSType(kind: .long, fullName: "System.Int64")
  static let double = PSType(kind: .double, fullName: "System.Double")
  static let decimal = PSType(kind: .decimal, fullName: "System.Decimal")
  static let string = PSType(kind: .string, fullName: "System.String")
  static let char = PSType(kind: .char, fullName: "System.Char")
  /// `[datetime]`, System.DateTime.
  public static let dateTime = PSType(kind: .dateTime, fullName: "System.DateTime")
  static let timeSpan = PSType(kind: .timeSpan, fullName: "System.TimeSpan")
  static let objectArray = PSType(kind: .array, fullName: "System.Object[]")
  static let hashtable = PSType(kind: .hashtable, fullName: "System.Collections.Hashtable")
  /// pwsh's OrderedHashtable, a Hashtable that keeps insertion order.
  static let orderedHashtable = PSType(
    kind: .hashtable, fullName: "System.Management.Automation.OrderedHashtable")
  static let ordered = PSType(
    kind: .ordered, fullName: "System.Collections.Specialized.OrderedDictionary")
  static let psCustomObject = PSType(
    kind: .psCustomObject, fullName: "System.Management.Automation.PSCustomObject")
  static let scriptBlock = PSType(
    kind: .scriptBlock, fullName: "System.Management.Automation.ScriptBlock")
  static let object = PSType(kind: .object, fullName: "System.Object")
  static let runtime = PSType(kind: .type, fullName: "System.RuntimeType")

  private static let all: [PSType] =
    [
      bool, int, long, double, decimal, string, char, dateTime, objectArray, hashtable, ordered,
      orderedHashtable,
      psCustomObject, scriptBlock, object,
      PSType(kind: .byte, fullName: "System.Byte"),
      PSType(kind: .psObject, fullName: "System.Management.Automation.PSObject"),
      PSType(kind: .regex, fullName: "System.Text.RegularExpressions.Regex"),
      PSType(kind: .switchParameter, fullName: "System.Management.Automation.SwitchParameter"),
      PSType(kind: .void, fullName: "System.Void"),
      PSType(kind: .type, fullName: "System.Type"),
      timeSpan,
      PSType(kind: .guid, fullName: "System.Guid"),
      PSType(kind: .version, fullName: "System.Version"),
      PSType(kind: .array, fullName: "System.Array"),
      PSType(kind: .other, fullName: "System.Math"),
      PSType(kind: .other, fullName: "System.Console"),
      PSType(kind: .other, fullName: "System.Environment"),
      PSType(kind: .other, fullName: "System.IO.Path"),
      PSType(kind: .other, fullName: "System.Convert"),
      PSType(kind: .other, fullName: "System.Text.RegularExpressions.Match"),
      PSType(kind: .other, fullName: "System.Management.Automation.ErrorRecord"),
      PSType(kind: .other, fullName: "System.Exception"),
      PSType(kind: .other, fullName: "System.Management.Automation.RuntimeException"),
      PSType(kind: .other, fullName: "System.Management.Automation.PSInvalidCastException"),
      PSType(kind: .other, fullName: "System.Management.Automation.ParameterBindingException"),
      PSType(kind: .other, fullName: AutomationNull.typeName),
      PSType(kind: .other, fullName: "System.Diagnostics.Process"),
      PSType(kind: .other, fullName: "System.ArgumentException"),
      PSType(kind: .other, fullName: "System.InvalidOperationException"),
      PSType(kind: .other, fullName: "System.Collections.IEnumerable"),
      PSType(kind: .other, fullName: "System.ValueType"),
      PSType(kind: .other, fullName: "System.Security.SecureString"),
      PSType(kind: .other, fullName: "System.Management.Automation.PSCredential"),
      PSType(kind: .other, fullName: "System.Management.Automation.PSSerializer"),
      PSType(kind: .other, fullName: PSReference.typeName),
      PSType(kind: .other, fullName: StringComparerValue.typeName),
      PSType(kind: .other, fullName: "System.Management.Automation.PowerShell"),
      PSType(kind: .other, fullName: "System.Management.Automation.Runspaces.RunspaceFactory"),
      PSType(kind: .other, fullName: "System.Management.Automation.Cmdlet"),
      PSType(kind: .other, fullName: "System.Management.Automation.ActionPreference"),
      PSType(kind: .other, fullName: "System.SByte"),
      PSType(kind: .other, fullName: "System.Int16"),
      PSType(kind: .other, fullName: "System.UInt16"),
      PSType(kind: .other, fullName: "System.UInt32"),
      PSType(kind: .other, fullName: "System.UInt64"),
      PSType(kind: .other, fullName: "System.Single"),
      PSType(kind: .other, fullName: "System.Numerics.BigInteger"),
      PSType(kind: .other, fullName: "System.Text.Encoding"),
      PSType(kind: .other, fullName: "System.Text.UTF8Encoding"),
      PSType(kind: .other, fullName: "System.Text.ASCIIEncoding"),
      PSType(kind: .other, fullName: "System.Text.UnicodeEncoding"),
      PSType(kind: .other, fullName: "System.Text.UTF32Encoding"),
      PSType(kind: .other, fullName: "System.IO.File"),
      PSType(kind: .other, fullName: "System.IO.Directory"),
      PSType(kind: .other, fullName: "System.IO.FileInfo"),
      PSType(kind: .other, fullName: "System.IO.DirectoryInfo"),
      PSType(kind: .other, fullName: "System.BitConverter"),
      PSType(kind: .other, fullName: "System.StringComparison"),
      PSType(kind: .other, fullName: "System.StringSplitOptions"),
      PSType(kind: .other, fullName: "System.ConsoleColor"),
      PSType(kind: .other, fullName: "System.Environment+SpecialFolder"),
      PSType(kind: .other, fullName: "System.TimeZoneInfo"),
      PSType(kind: .other, fullName: "System.Security.Principal.WindowsIdentity"),
      PSType(kind: .other, fullName: "System.Security.Principal.WindowsPrincipal"),
      PSType(kind: .other, fullName: "System.Security.Principal.WindowsBuiltInRole"),
      PSType(kind: .other, fullName: "System.Management.Automation.ErrorCategory"),
      PSType(kind: .other, fullName: "System.PlatformNotSupportedException"),
      PSType(kind: .other, fullName: "System.Management.Automation.ParameterBindingException"),
      PSType(kind: .other, fullName: InternalTestHooks.typeName),
      PSType(kind: .other, fullName: "Microsoft.PowerShell.Commands.MatchInfo"),
      PSType(kind: .other, fullName: "Microsoft.PowerShell.Commands.MatchInfoContext"),
      PSType(kind: .other, fullName: "System.DateTimeOffset"),
      PSType(kind: .other, fullName: "System.DateTimeKind"),
      PSType(kind: .other, fullName: "System.DayOfWeek"),
      PSType(kind: .other, fullName: "System.TimeZone"),
      PSType(kind: .other, fullName: "System.Globalization.CultureInfo"),
      PSType(kind: .other, fullName: "System.Globalization.ISOWeek"),
      PSType(kind: .other, fullName: PSObjectView.notePropertyTypeName),
    ] + nonGenericCollections

  private static let byFullName: [String: PSType] = {
    var table: [String: PSType] = [:]
    // Keyed without "System.", which a written name may leave out; other namespaces in full.
    for type in all {
      var key = type.fullName.lowercased()
      if key.hasPrefix("system.") { key.removeFirst("system.".count) }
      table[key] = type
    }
    return table
  }()

  private static let accelerators: [String: PSType] = {
    var table: [String: PSType] = [:]
    let names: [(String, String)] = [
      ("bool", "Boolean"), ("boolean", "Boolean"), ("int", "Int32"), ("int32", "Int32"),
      ("long", "Int64"), ("int64", "Int64"), ("double", "Double"), ("float", "Single"),
      ("single", "Single"), ("sbyte", "SByte"), ("short", "Int16"), ("ushort", "UInt16"),
      ("uint", "UInt32"), ("ulong", "UInt64"), ("bigint", "Numerics.BigInteger"),
      ("decimal", "Decimal"), ("string", "String"), ("char", "Char"),
      ("datetime", "DateTime"), ("array", "Array"), ("hashtable", "Collections.Hashtable"),
      ("ordered", "Collections.Specialized.OrderedDictionary"),
      ("pscustomobject", "Management.Automation.PSCustomObject"),
      ("psobject", "Management.Automation.PSObject"),
      ("scriptblock", "Management.Automation.ScriptBlock"),
      ("regex", "Text.RegularExpressions.Regex"),
      ("switch", "Management.Automation.SwitchParameter"), ("void", "Void"),
      ("type", "Type"), ("timespan", "TimeSpan"), ("guid", "Guid"), ("version", "Version"),
      ("byte", "Byte"), ("object", "Object"), ("math", "Math"), ("console", "Console"),
      ("environment", "Environment"), ("convert", "Convert"),
      ("exception", "Exception"), ("errorrecord", "Management.Automation.ErrorRecord"),
      ("io.path", "IO.Path"), ("securestring", "Security.SecureString"),
      ("pscredential", "Management.Automation.PSCredential"),
      ("ref", "Management.Automation.PSReference"),
      ("powershell", "Management.Automation.PowerShell"),
      ("runspacefactory", "Management.Automation.Runspaces.RunspaceFactory"),
      ("actionpreference", "Management.Automation.ActionPreference"),
      ("datetimeoffset", "DateTimeOffset"), ("datetimekind", "DateTimeKind"),
      ("dayofweek", "DayOfWeek"), ("timezone", "TimeZone"), ("timezoneinfo", "TimeZoneInfo"),
      ("cultureinfo", "Globalization.CultureInfo"),
      ("psnoteproperty", "Management.Automation.PSNoteProperty"),
    ]
    for (alias, full) in names {
      if let type = byFullName[full.lowercased()] { table[alias] = type }
    }
    return table
  }()
}
