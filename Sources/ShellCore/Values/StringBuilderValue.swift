import Foundation

/// `System.Text.StringBuilder`: the mutable string scripts build reports in
/// (`$sb.AppendLine("...")`), whose methods return the builder itself for chaining.
///
/// Capacity grows as .NET's chunked builder grows it (a new chunk as large as the text so far,
/// at most 8,000 characters, or what the append needs), so that the table pwsh prints for a
/// builder (Capacity, MaxCapacity, Length) matches.
public enum StringBuilderValue {
  public static let typeName = "System.Text.StringBuilder"

  final class Storage {
    var text: [UTF16.CodeUnit]
    var capacity: Int

    init(_ text: String, capacity: Int) {
      self.text = Array(text.utf16)
      self.capacity = max(capacity, self.text.count)
    }

    var string: String { String(decoding: text, as: UTF16.self) }

    /// Grows the capacity for `added` more code units, as StringBuilder.ExpandByABlock does.
    func reserve(_ added: Int) {
      let needed = text.count + added - capacity
      guard needed > 0 else { return }
      capacity += max(needed, min(text.count, 8000))
    }
  }

  /// A builder holding `text`; capacity defaults to 16 as in .NET.
  public static func make(_ text: String = "", capacity: Int = 16) -> Value {
    let storage = Storage(text, capacity: capacity)
    let builder = PSObject(typeNames: [typeName, "System.Object"])
    builder.base = storage
    builder.setComputed("Capacity", getter: { .int(Int32(clamping: storage.capacity)) })
    builder.setComputed("MaxCapacity", getter: { .int(Int32.max) })
    builder.setComputed(
      "Length", getter: { .int(Int32(clamping: storage.text.count)) },
      setter: { value in
        let length = max(0, value.intValue ?? 0)
        if length < storage.text.count {
          storage.text.removeLast(storage.text.count - length)
        } else {
          storage.reserve(length - storage.text.count)
          storage.text += Array(repeating: 0, count: length - storage.text.count)
        }
      })
    builder.stringValue = { storage.string }
    installMethods(on: builder, storage)
    return .object(builder)
  }

  /// `[System.Text.StringBuilder]::new()`, `::new('text')`, `::new(capacity)`,
  /// `::new('text', capacity)`.
  static func construct(_ arguments: [Value]) throws -> Value {
    switch arguments.map(\.unwrapped).count {
    case 0: return make()
    case 1:
      let argument = arguments[0].unwrapped
      if case .int(let capacity) = argument { return make(capacity: Int(capacity)) }
      return make(argument.toText())
    case 2:
      let capacity = arguments[1].unwrapped.intValue ?? 16
      return make(arguments[0].toText(), capacity: max(16, capacity))
    default: throw OperatorErrors.argumentCount("new", arguments.count)
    }
  }

  private static func installMethods(on builder: PSObject, _ storage: Storage) {
    let this = Value.object(builder)
    func method(_ name: String, _ body: @escaping (MethodCall) throws -> Void) {
      builder.methods[name.lowercased()] = PSMethod(name: name) { arguments in
        try body(MethodCall(target: this, name: name, key: name.lowercased(), arguments: arguments))
        return this
      }
    }
    func append(_ text: String) {
      let units = Array(text.utf16)
      storage.reserve(units.count)
      storage.text += units
    }
    method("Append") { call in
      try call.expect(1, 2)
      if call.arguments.count == 2 {
        append(String(repeating: call.string(0), count: max(0, try call.int(1))))
      } else {
        append(call.arguments[0].unwrapped.isNull ? "" : call.string(0))
      }
    }
    method("AppendLine") { call in
      try call.expect(0, 1)
      append((call.arguments.first.map { $0.toText() } ?? "") + "\n")
    }
    method("AppendFormat") { call in
      guard !call.arguments.isEmpty else { throw OperatorErrors.argumentCount(call.name, 0) }
      let format = call.string(0)
      let values = call.arguments.dropFirst().flatMap { $0.enumerated }
      append(try Operators.format(format, Array(values)))
    }
    method("Insert") { call in
      try call.expect(2)
      let index = try call.int(0)
      guard (0...storage.text.count).contains(index) else { throw call.outOfRange("index") }
      let units = Array(call.string(1).utf16)
      storage.reserve(units.count)
      storage.text.insert(contentsOf: units, at: index)
    }
    method("Remove") { call in
      try call.expect(2)
      storage.text.removeSubrange(try call.range(count: storage.text.count))
    }
    method("Replace") { call in
      try call.expect(2)
      let old = call.string(0)
      guard !old.isEmpty else {
        throw call.failure("The value cannot be an empty string. (Parameter 'oldValue')")
      }
      let replaced = storage.string.replacingOccurrences(of: old, with: call.string(1))
      storage.reserve(max(0, replaced.utf16.count - storage.text.count))
      storage.text = Array(replaced.utf16)
    }
    method("Clear") { call in
      try call.expect(0)
      storage.text.removeAll()
    }
    builder.methods["tostring"] = PSMethod(name: "ToString") { arguments in
      let call = MethodCall(target: this, name: "ToString", key: "tostring", arguments: arguments)
      try call.expect(0, 2)
      guard arguments.count == 2 else { return .string(storage.string) }
      let range = try call.range(count: storage.text.count)
      return .string(String(decoding: storage.text[range], as: UTF16.self))
    }
  }
}
