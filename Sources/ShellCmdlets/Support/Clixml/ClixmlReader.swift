import Foundation
import ShellCore

/// Reads CLIXML back into objects, as Import-Clixml and PSSerializer.Deserialize do.
///
/// Primitives come back as themselves; `<LST>`, `<IE>`, `<QUE>` and `<STK>` as arrays and
/// `<DCT>` as a hashtable; any other `<Obj>` as a deserialized object: its type names carry
/// the `Deserialized.` prefix, its `<Props>` and `<MS>` entries are its properties, and its
/// `<ToString>` is its text. `<Ref>` and `<TNRef>` give back what their RefId named. Nesting
/// deeper than pwsh's limit of 50 levels is refused with pwsh's message.
struct ClixmlReader {
  /// A document that is no CLIXML pwsh could read, with pwsh's message.
  struct Failure: Error {
    let message: String
  }

  private var objects: [String: Value] = [:]
  private var typeNames: [String: [String]] = [:]
  private var nesting = 0

  /// The top-level objects of a document.
  static func read(_ text: String) throws -> [Value] {
    let root: XMLElementNode
    do {
      root = try XMLReader.parse(text)
    } catch let failure as XMLReader.Failure {
      throw Failure(message: "\(failure.message) Line \(failure.line).")
    }
    guard root.name == "Objs" else {
      throw Failure(message: "\(root.name) XML tag is not recognized. Line \(root.line).")
    }
    var reader = ClixmlReader()
    return try root.children.map { try reader.value($0) }
  }

  private mutating func value(_ node: XMLElementNode) throws -> Value {
    nesting += 1
    defer { nesting -= 1 }
    guard nesting < ClixmlWriter.maximumNesting else {
      throw Failure(message: "\(ClixmlWriter.tooDeep) Line \(node.line).")
    }
    if let primitive = try Self.primitive(node) { return primitive }
    switch node.name {
    case "Nil": return .null
    case "Ref":
      let id = try Self.attribute("RefId", of: node)
      guard let known = objects[id] else {
        throw Failure(message: "No object found for referenceId \(id) Line \(node.line).")
      }
      return known
    case "Obj": return try object(node)
    default:
      throw Failure(message: "\(node.name) XML tag is not recognized. Line \(node.line).")
    }
  }

  /// An `<Obj>`: a container, a wrapped primitive, or a deserialized object.
  private mutating func object(_ node: XMLElementNode) throws -> Value {
    let result = PSObject(typeNames: [])
    var names: [String]?
    var base: Value?
    var toString: String?
    var properties: [(String, Value)] = []
    for child in node.children {
      switch child.name {
      case "TN":
        let list = child.children("T").map { Self.deserializedName(ClixmlText.decode($0.text)) }
        if let id = child.attributes["RefId"] { typeNames[id] = list }
        names = list
      case "TNRef":
        let id = try Self.attribute("RefId", of: child)
        guard let list = typeNames[id] else {
          throw Failure(
            message: "Cannot process names because no TypeNames were found for referenceId "
              + "\(id). Line \(child.line).")
        }
        names = list
      case "ToString": toString = ClixmlText.decode(child.text)
      case "Props", "MS": properties += try members(child)
      case "LST", "IE", "QUE", "STK":
        base = .array(try child.children.map { try value($0) })
      case "DCT":
        let table = PSHashtable()
        for entry in child.children {
          guard entry.name == "En",
            let key = entry.children.first(where: { $0.attributes["N"] == "Key" })
          else {
            throw Failure(message: "\(entry.name) XML tag is not recognized. Line \(entry.line).")
          }
          let item = entry.children.first { $0.attributes["N"] == "Value" }
          table[try value(key)] = try item.map { try value($0) } ?? .null
        }
        base = .hashtable(table)
      default:
        base = try value(child)
      }
    }
    let refId = node.attributes["RefId"]
    let built = Self.assemble(result, names, base, toString, properties)
    if let refId { objects[refId] = built }
    return built
  }

  /// The value an `<Obj>`'s parts make.
  private static func assemble(
    _ object: PSObject, _ names: [String]?, _ base: Value?, _ toString: String?,
    _ properties: [(String, Value)]
  ) -> Value {
    if let base {
      switch base {
      case .array, .hashtable: return base
      default:
        guard names != nil || toString != nil || !properties.isEmpty else { return base }
      }
      object.baseValue = base
    }
    object.typeNames =
      names ?? base?.typeNameChain ?? [
        "System.Management.Automation.PSCustomObject", "System.Object",
      ]
    if let toString { object.stringValue = { toString } }
    for (name, value) in properties { object.set(name, value) }
    // A credential comes back as a PSCredential, as pwsh's DeserializingTypeConverter
    // rehydrates it.
    if object.typeName == "Deserialized." + SecureString.credentialTypeName,
      let userName = object.value(of: "UserName"), let password = object.value(of: "Password"),
      SecureString.text(of: password) != nil
    {
      return SecureString.credential(userName: userName.toText(), password: password)
    }
    return .object(object)
  }

  /// The named values of a `<Props>` or `<MS>` element (a nested member set is skipped).
  private mutating func members(_ node: XMLElementNode) throws -> [(String, Value)] {
    var result: [(String, Value)] = []
    for child in node.children where child.name != "MS" {
      let name = ClixmlText.decode(try Self.attribute("N", of: child))
      result.append((name, try value(child)))
    }
    return result
  }

  private static func attribute(_ name: String, of node: XMLElementNode) throws -> String {
    guard let value = node.attributes[name] else {
      throw Failure(message: "\(name) attribute was expected. Line \(node.line).")
    }
    return value
  }

  /// A type name with the `Deserialized.` prefix, added once.
  static func deserializedName(_ name: String) -> String {
    name.hasPrefix("Deserialized.") ? name : "Deserialized." + name
  }

  /// The value of a known-type element, or nil for an element that is none.
  static func primitive(_ node: XMLElementNode) throws -> Value? {
    let text = node.text
    func invalid() -> Failure {
      Failure(
        message: "The string '\(text)' is not a valid \(node.name) value. Line \(node.line).")
    }
    switch node.name {
    case "S": return .string(ClixmlText.decode(text))
    case "SS":
      guard let secret = ClixmlText.unprotect(text.trimmingCharacters(in: .whitespaces)) else {
        throw Failure(
          message:
            "The parameter value \"\(text)\" is not a valid encrypted string. Line \(node.line).")
      }
      return SecureString.make(secret)
    case "SBK": return .string(ClixmlText.decode(text))
    case "B":
      switch text.trimmingCharacters(in: .whitespaces) {
      case "true", "1": return .bool(true)
      case "false", "0": return .bool(false)
      default: throw invalid()
      }
    case "I32":
      guard let number = Int32(text.trimmingCharacters(in: .whitespaces)) else { throw invalid() }
      return .int(number)
    case "I64":
      guard let number = Int64(text.trimmingCharacters(in: .whitespaces)) else { throw invalid() }
      return .long(number)
    case "Db":
      return .double(try ClixmlValues.double(text) ?? { throw invalid() }())
    case "D":
      guard let number = Decimal(string: text.trimmingCharacters(in: .whitespaces)) else {
        throw invalid()
      }
      return .decimal(number)
    case "C":
      guard let code = UInt16(text.trimmingCharacters(in: .whitespaces)) else { throw invalid() }
      return .char(Character(String(decoding: [code], as: UTF16.self)))
    case "G":
      guard let guid = Value.parseGuid(text.trimmingCharacters(in: .whitespaces)) else {
        throw invalid()
      }
      return Members.guidValue(guid)
    case "DT":
      guard let date = ClixmlValues.dateTime(text) else { throw invalid() }
      return .dateTime(date)
    case "TS":
      guard let span = ClixmlValues.duration(text) else { throw invalid() }
      return .timeSpan(span)
    case "By", "SB", "I16", "U16", "U32", "U64", "Sg":
      let fullName = ClixmlWriter.sizedTags.first { $0.value == node.name }?.key ?? ""
      let written = text.trimmingCharacters(in: .whitespaces)
      guard let type = PSType.resolve(fullName) else { throw invalid() }
      if node.name == "Sg" {
        guard let number = ClixmlValues.double(written) else { throw invalid() }
        return try Value.double(number).convert(to: type)
      }
      guard let number = Decimal(string: written) else { throw invalid() }
      return try Value.decimal(number).convert(to: type)
    default: return nil
    }
  }
}
