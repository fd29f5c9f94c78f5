import ShellCore

/// Writes objects as CLIXML, the format of Export-Clixml and PSSerializer, element for element
/// as pwsh's InternalSerializer writes it with an indenting XmlWriter.
///
/// Primitives become their known-type elements (`<S>`, `<I32>`, `<DT>`...); arrays and
/// hashtables an `<Obj>` with `<LST>` or `<DCT>` whose items keep the current depth; a custom
/// object an `<Obj>` with its type names and its note properties in `<MS>`; any other object
/// an `<Obj>` with type names, `<ToString>` and its properties in `<Props>`, one level deeper.
/// At depth 0 such an object is written as its string. An object met again is a `<Ref>`, a
/// type-name list met again a `<TNRef>`. Nesting stops at pwsh's limit of 50 levels.
struct ClixmlWriter {
  /// pwsh's limit of nesting below a top-level object.
  static let maximumNesting = 50
  static let tooDeep = "Serialized XML is nested too deeply."

  private let depth: Int
  private var lines: [String] = []
  private var objectIds: [ObjectIdentifier: Int] = [:]
  private var typeIds: [[String]: Int] = [:]
  private var nesting = 0

  init(depth: Int) { self.depth = depth }

  /// The document for these top-level objects: `<Objs>` holding one element each, lines joined
  /// with `\n` and no line break after the last (as XmlWriter ends a document).
  static func document(_ values: [Value], depth: Int) -> String {
    var writer = ClixmlWriter(depth: depth)
    let open = "<Objs Version=\"\(ClixmlText.version)\" xmlns=\"\(ClixmlText.namespace)\""
    guard !values.isEmpty else { return open + " />" }
    writer.lines.append(open + ">")
    for value in values { writer.write(value, name: nil, depth: depth, level: 1) }
    writer.lines.append("</Objs>")
    return writer.lines.joined(separator: "\n")
  }

  private mutating func write(_ value: Value, name: String?, depth: Int, level: Int) {
    let indent = String(repeating: "  ", count: level)
    let nameAttribute =
      name.map { " N=\"\(ClixmlText.escapeAttribute(ClixmlText.encode($0)))\"" } ?? ""
    if case .null = value {
      lines.append(indent + "<Nil\(nameAttribute) />")
      return
    }
    nesting += 1
    defer { nesting -= 1 }
    if nesting == Self.maximumNesting {
      lines.append(indent + element("S", nameAttribute, ClixmlText.encode(Self.tooDeep)))
      return
    }
    if let (tag, text) = Self.primitive(value) {
      lines.append(indent + element(tag, nameAttribute, text))
      return
    }
    if case .object(let object) = value, depth == 0, object.baseValue == nil,
      !Self.isCustom(object)
    {
      // Too deep for members: the object is written as its string.
      let text = ClixmlText.encode(Self.toString(object))
      lines.append(indent + element("S", nameAttribute, text))
      return
    }
    guard let identity = Self.identity(of: value) else {
      lines.append(indent + element("S", nameAttribute, ClixmlText.encode(value.toText())))
      return
    }
    if let id = objectIds[identity] {
      lines.append(indent + "<Ref\(nameAttribute) RefId=\"\(id)\" />")
      return
    }
    let id = objectIds.count
    objectIds[identity] = id
    let inner = indent + "  "
    switch value {
    case .array(let array):
      lines.append(indent + "<Obj\(nameAttribute) RefId=\"\(id)\">")
      writeTypeNames(value.typeNameChain, level: level + 1)
      if array.items.isEmpty {
        lines.append(inner + "<LST />")
      } else {
        lines.append(inner + "<LST>")
        for item in array.items { write(item, name: nil, depth: depth, level: level + 2) }
        lines.append(inner + "</LST>")
      }
    case .hashtable(let table):
      lines.append(indent + "<Obj\(nameAttribute) RefId=\"\(id)\">")
      writeTypeNames(value.typeNameChain, level: level + 1)
      if table.entries.isEmpty {
        lines.append(inner + "<DCT />")
      } else {
        lines.append(inner + "<DCT>")
        for (key, entry) in table.entries {
          lines.append(inner + "  <En>")
          write(key, name: "Key", depth: depth, level: level + 3)
          write(entry, name: "Value", depth: depth, level: level + 3)
          lines.append(inner + "  </En>")
        }
        lines.append(inner + "</DCT>")
      }
    case .object(let object):
      writeObject(object, nameAttribute, id: id, depth: depth, level: level)
    default:
      break
    }
    lines.append(indent + "</Obj>")
  }

  /// An object's `<Obj>` content after its start tag (written here too).
  private mutating func writeObject(
    _ object: PSObject, _ nameAttribute: String, id: Int, depth: Int, level: Int
  ) {
    let indent = String(repeating: "  ", count: level)
    let inner = indent + "  "
    let isCustom = Self.isCustom(object)
    if let base = object.baseValue, let (tag, text) = Self.primitive(base) {
      // An enumeration value: its type names, its name as ToString, then the number.
      lines.append(indent + "<Obj\(nameAttribute) RefId=\"\(id)\">")
      writeTypeNames(object.typeNames, level: level + 1)
      lines.append(inner + element("ToString", "", ClixmlText.encode(object.text)))
      lines.append(inner + element(tag, "", text))
      if !Self.isEnum(object) {
        writeMembers(object, tag: "MS", depth: depth, level: level + 1, only: \.isNote)
      }
      return
    }
    if depth == 0 {
      // A custom object too deep for members is its string, its notes still written.
      lines.append(indent + "<Obj\(nameAttribute) RefId=\"\(id)\">")
      lines.append(inner + element("S", "", ClixmlText.encode(ObjectText.customObject(object))))
      writeMembers(object, tag: "MS", depth: 0, level: level + 1, only: nil)
      return
    }
    lines.append(indent + "<Obj\(nameAttribute) RefId=\"\(id)\">")
    writeTypeNames(object.typeNames, level: level + 1)
    if isCustom {
      writeMembers(object, tag: "MS", depth: depth, level: level + 1, only: nil)
    } else {
      lines.append(inner + element("ToString", "", ClixmlText.encode(Self.toString(object))))
      writeMembers(object, tag: "Props", depth: depth - 1, level: level + 1, only: nil)
    }
  }

  /// A `<Props>` or `<MS>` element with the object's properties, or nothing when it has none.
  private mutating func writeMembers(
    _ object: PSObject, tag: String, depth: Int, level: Int, only: ((PSProperty) -> Bool)?
  ) {
    let properties = object.properties.values.filter { only?($0) ?? true }
    guard !properties.isEmpty else { return }
    let indent = String(repeating: "  ", count: level)
    lines.append(indent + "<\(tag)>")
    for property in properties {
      write(property.value, name: property.name, depth: depth, level: level + 1)
    }
    lines.append(indent + "</\(tag)>")
  }

  /// `<TN>` the first time a list of type names is written, `<TNRef>` after.
  private mutating func writeTypeNames(_ names: [String], level: Int) {
    guard !names.isEmpty else { return }
    let indent = String(repeating: "  ", count: level)
    if let id = typeIds[names] {
      lines.append(indent + "<TNRef RefId=\"\(id)\" />")
      return
    }
    let id = typeIds.count
    typeIds[names] = id
    lines.append(indent + "<TN RefId=\"\(id)\">")
    for name in names { lines.append(indent + "  " + element("T", "", ClixmlText.encode(name))) }
    lines.append(indent + "</TN>")
  }

  private func element(_ tag: String, _ attributes: String, _ text: String) -> String {
    "<\(tag)\(attributes)>\(ClixmlText.escapeText(text))</\(tag)>"
  }

  /// The known-type element and text of a primitive value, or nil for a container or object.
  static func primitive(_ value: Value) -> (String, String)? {
    switch value {
    case .bool(let flag): return ("B", flag ? "true" : "false")
    case .int(let number): return ("I32", String(number))
    case .long(let number): return ("I64", String(number))
    case .double(let number): return ("Db", ClixmlText.double(number))
    case .decimal: return ("D", value.toText())
    case .string(let text): return ("S", ClixmlText.encode(text))
    case .char(let character): return ("C", String(character.utf16.first ?? 0))
    case .dateTime(let date): return ("DT", ClixmlText.dateTime(date))
    case .timeSpan(let span): return ("TS", ClixmlText.duration(span))
    case .scriptBlock(let block): return ("SBK", ClixmlText.encode(block.text))
    case .object(let object):
      if object.typeName == "System.Guid" { return ("G", object.text) }
      if let secret = SecureString.text(of: value) { return ("SS", ClixmlText.protect(secret)) }
      guard let base = object.baseValue else { return nil }
      if let tag = sizedTags[object.typeName] { return (tag, object.text) }
      // A number that remembers its spelling is its number; an enumeration is an object.
      if isEnum(object) || object.typeNames.contains(where: { $0.hasPrefix("Deserialized.") }) {
        return nil
      }
      return primitive(base)
    default: return nil
    }
  }

  /// The known-type elements of the number types the shell keeps as wrapped numbers.
  static let sizedTags = [
    "System.Byte": "By", "System.SByte": "SB", "System.Int16": "I16", "System.UInt16": "U16",
    "System.UInt32": "U32", "System.UInt64": "U64", "System.Single": "Sg",
  ]

  /// A typed object's `ToString()`: its own text when it has one, else its type name, as
  /// .NET's Object.ToString gives (a PSCredential is `System.Management.Automation.PSCredential`).
  static func toString(_ object: PSObject) -> String {
    object.stringValue != nil || object.methods["tostring"] != nil
      ? object.text : object.typeName
  }

  /// True for a custom object (a property bag), deserialized or not.
  static func isCustom(_ object: PSObject) -> Bool {
    object.baseValue == nil
      && (object.typeName == "System.Management.Automation.PSCustomObject"
        || object.typeName == "Deserialized.System.Management.Automation.PSCustomObject")
  }

  /// True for an enumeration value, deserialized or not.
  static func isEnum(_ object: PSObject) -> Bool {
    object.typeNames.contains { $0 == "System.Enum" || $0 == "Deserialized.System.Enum" }
  }

  /// The identity of a reference value, for `<Ref>`; nil for a value that is none.
  private static func identity(of value: Value) -> ObjectIdentifier? {
    switch value {
    case .array(let array): return ObjectIdentifier(array)
    case .hashtable(let table): return ObjectIdentifier(table)
    case .object(let object): return ObjectIdentifier(object)
    default: return nil
    }
  }
}

extension PSProperty {
  /// True for a note property (not computed and not described as another member type).
  fileprivate var isNote: Bool {
    !isComputed && (memberType == nil || memberType == "NoteProperty")
  }
}
