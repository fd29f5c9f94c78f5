import Foundation
import ShellCore

/// System.Management.Automation.PSMemberTypes, the flags enum of Add-Member -MemberType:
/// read from names (a comma-separated list of them) or numbers as .NET converts enums.
enum MemberTypes {
  static let fullName = "System.Management.Automation.PSMemberTypes"

  /// The members in declaration order, with their values; composites last as .NET lists them.
  static let all: [(name: String, value: Int)] = [
    ("AliasProperty", 1), ("CodeProperty", 2), ("Property", 4), ("NoteProperty", 8),
    ("ScriptProperty", 16), ("Properties", 31), ("PropertySet", 32), ("Method", 64),
    ("CodeMethod", 128), ("ScriptMethod", 256), ("Methods", 448), ("ParameterizedProperty", 512),
    ("MemberSet", 1024), ("Event", 2048), ("Dynamic", 4096), ("InferredProperty", 8192),
    ("All", 16383),
  ]

  /// The types a member of which Add-Member can add (the others are CannotAddMemberType).
  static let addable: Set<String> = [
    "AliasProperty", "CodeMethod", "CodeProperty", "MemberSet", "NoteProperty", "PropertySet",
    "ScriptMethod", "ScriptProperty",
  ]

  /// The flags an argument converts to, or nil when it names no member type.
  static func value(of argument: Value) -> Int? {
    switch argument.unwrapped {
    case .int(let number): return Int(number)
    case .long(let number): return Int(exactly: number)
    default: break
    }
    let text = argument.toText().trimmingCharacters(in: .whitespaces)
    if let number = Int(text) { return number }
    var flags = 0
    for part in text.split(separator: ",", omittingEmptySubsequences: false) {
      let name = part.trimmingCharacters(in: .whitespaces)
      guard let member = all.first(where: { $0.name.caseInsensitiveEquals(name) }) else {
        return nil
      }
      flags |= member.value
    }
    return flags
  }

  /// The enum's text for flags: a member's name, else the names of its bits.
  static func name(of flags: Int) -> String {
    if let member = all.first(where: { $0.value == flags }) { return member.name }
    let single = all.filter { $0.value.nonzeroBitCount == 1 && flags & $0.value != 0 }
    return single.isEmpty ? String(flags) : single.map(\.name).joined(separator: ", ")
  }

  /// -MemberType's conversion: the canonical name, or the binder's conversion error.
  static func convert(_ argument: Value) throws -> Value {
    guard let flags = value(of: argument) else {
      let text = argument.toText()
      throw RuntimeError.make(
        "CannotConvertArgumentNoMessage",
        "Cannot bind parameter 'MemberType'. Cannot convert value \"\(text)\" to type "
          + "\"\(fullName)\". Error: \"Unable to match the identifier name \(text) to a valid "
          + "enumerator name. Specify one of the following enumerator names and try again:\n"
          + all.map(\.name).joined(separator: ", ") + "\"", category: .invalidArgument)
    }
    return .string(name(of: flags))
  }

  /// -NotePropertyName's transformation and validation: a number becomes its text, and a
  /// name that converts to an addable member type is refused, so that the positional binder
  /// gives it to -MemberType instead (`Add-Member 8 np 1` adds a NoteProperty named np).
  static func notePropertyName(_ argument: Value) throws -> Value {
    let text = argument.toText()
    if let flags = value(of: .string(text)), addable.contains(name(of: flags)) {
      throw RuntimeError.make(
        "ParameterArgumentValidationError",
        "Cannot validate argument on parameter 'NotePropertyName'. The parameter "
          + "NotePropertyName cannot take values that could be converted to the type "
          + "\(fullName). To define the name of a member with those values, use Add-Member, and "
          + "specify the member type.", category: .invalidData)
    }
    return .string(text)
  }
}
