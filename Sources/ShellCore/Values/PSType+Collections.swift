/// The .NET collection types scripts build by hand (`[System.Collections.Generic.List[string]]`,
/// `New-Object System.Collections.ArrayList`, `Dictionary[string,int]`, `HashSet[string]`,
/// `Queue`, `Stack`, `StringBuilder`): how their names are written and resolved.
///
/// Lists, sets, queues and stacks are PSArrays that remember their type (so pipelines,
/// `foreach` and indexing enumerate them like arrays); dictionaries are PSHashtables that
/// remember theirs.
extension PSType {
  /// Which collection a `.collection` type is.
  public enum CollectionFlavor: Hashable, Sendable {
    case arrayList, list, hashSet, queue, stack, genericQueue, genericStack
  }

  /// For `.collection` types, which one; nil for every other type.
  public var collectionFlavor: CollectionFlavor? {
    guard kind == .collection else { return nil }
    return Self.flavors[genericBaseName.lowercased()]
  }

  /// The name before the generic arguments, with .NET's arity suffix
  /// (`System.Collections.Generic.List`1`).
  public var genericBaseName: String {
    guard let tick = fullName.firstIndex(of: "`"),
      let bracket = fullName[tick...].firstIndex(of: "[")
    else { return fullName }
    return String(fullName[..<bracket])
  }

  /// The type of the items: the generic argument of `List[T]`, `object` for ArrayList.
  public var itemType: PSType {
    genericArguments.first ?? .object
  }

  /// The type an item stored in a collection of this type takes: the element type of a typed
  /// array (`int[]`), the item type of a list.
  var storedItemType: PSType {
    kind == .typedArray ? (elementType ?? .object) : itemType
  }

  /// The value type of `Dictionary[K,V]` (object for other types).
  public var dictionaryValueType: PSType {
    genericArguments.count == 2 ? genericArguments[1] : .object
  }

  /// `List[string]` as PowerShell writes the type in text (`System.Collections.Generic.List[string]`):
  /// the generic base without its arity, and each argument as PowerShell names it.
  public var powerShellName: String {
    guard !genericArguments.isEmpty else { return Self.shortNames[fullName] ?? fullName }
    var base = genericBaseName
    if let tick = base.firstIndex(of: "`") { base = String(base[..<tick]) }
    return base + "[" + genericArguments.map(\.powerShellName).joined(separator: ",") + "]"
  }

  private static let flavors: [String: CollectionFlavor] = [
    "system.collections.arraylist": .arrayList,
    "system.collections.generic.list`1": .list,
    "system.collections.generic.hashset`1": .hashSet,
    "system.collections.queue": .queue,
    "system.collections.stack": .stack,
    "system.collections.generic.queue`1": .genericQueue,
    "system.collections.generic.stack`1": .genericStack,
  ]

  /// The generic collections by the name written before `[`, lowercased without `system.`:
  /// .NET's name and arity.
  private static let genericBases: [String: (name: String, arity: Int, kind: Kind)] = [
    "collections.generic.list": ("System.Collections.Generic.List`1", 1, .collection),
    "collections.generic.hashset": ("System.Collections.Generic.HashSet`1", 1, .collection),
    "collections.generic.queue": ("System.Collections.Generic.Queue`1", 1, .collection),
    "collections.generic.stack": ("System.Collections.Generic.Stack`1", 1, .collection),
    "collections.generic.dictionary": ("System.Collections.Generic.Dictionary`2", 2, .dictionary),
  ]

  /// The non-generic collections, added to the type table.
  static let nonGenericCollections: [PSType] = [
    PSType(kind: .collection, fullName: "System.Collections.ArrayList"),
    PSType(kind: .collection, fullName: "System.Collections.Queue"),
    PSType(kind: .collection, fullName: "System.Collections.Stack"),
    PSType(kind: .other, fullName: StringBuilderValue.typeName),
  ]

  /// PowerShell's short names of the types generic arguments use most.
  private static let shortNames: [String: String] = [
    "System.String": "string", "System.Int32": "int", "System.Int64": "long",
    "System.Object": "Object", "System.Boolean": "bool", "System.Double": "double",
    "System.Char": "char", "System.Byte": "byte", "System.Decimal": "decimal",
    "System.DateTime": "datetime", "System.Management.Automation.PSObject": "psobject",
    "System.Collections.Hashtable": "hashtable",
  ]

  /// Resolves `Base[Arg1, Arg2]` for the generic collections; nil when `written` is not such a
  /// name or an argument is unknown.
  static func resolveGeneric(_ written: String) -> PSType? {
    guard written.hasSuffix("]"), let open = written.firstIndex(of: "[") else { return nil }
    var base = written[..<open].trimmingCharacters(in: .whitespaces).lowercased()
    if base.hasPrefix("system.") { base.removeFirst("system.".count) }
    guard let generic = genericBases[base] else { return nil }
    let inner = written[written.index(after: open)..<written.index(before: written.endIndex)]
    let arguments = splitArguments(String(inner))
    guard arguments.count == generic.arity else { return nil }
    var types: [PSType] = []
    for argument in arguments {
      var name = argument.trimmingCharacters(in: .whitespaces)
      if name.hasPrefix("["), name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
      guard let type = PSType.resolve(name) else { return nil }
      types.append(type)
    }
    let qualified = types.map { "[\($0.assemblyQualifiedName)]" }.joined(separator: ",")
    return PSType(
      kind: generic.kind, fullName: generic.name + "[" + qualified + "]",
      genericArguments: types)
  }

  /// The name .NET's `AssemblyQualifiedName` gives a type of the core library, which generic
  /// full names embed.
  var assemblyQualifiedName: String {
    fullName + ", System.Private.CoreLib, Version=8.0.0.0, Culture=neutral, "
      + "PublicKeyToken=7cec85d7bea7798e"
  }

  /// Splits generic arguments at the commas outside brackets.
  private static func splitArguments(_ text: String) -> [String] {
    var parts: [String] = []
    var depth = 0
    var current = ""
    for character in text {
      switch character {
      case "[": depth += 1
      case "]": depth -= 1
      case "," where depth == 0:
        parts.append(current)
        current = ""
        continue
      default: break
      }
      current.append(character)
    }
    parts.append(current)
    return parts
  }
}
