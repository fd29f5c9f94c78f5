import Foundation
import ShellCore

/// The members of Add-Member's MemberSet parameter set, one builder per member type, with
/// pwsh's checks of -Value and -SecondValue (which of them a type needs, refuses, or converts).
struct AddMemberKinds {
  /// One member ready to be added; nothing is added until it has been checked.
  struct Member {
    let name: String
    let add: (PSObject) -> Void
  }

  let context: CommandContext
  let error: (CommandContext, String, String, Value) -> RuntimeError

  /// A note property, which replaces a computed property or method of that name.
  static func note(_ name: String, _ value: Value) -> Member {
    Member(name: name) { $0.set(name, value) }
  }

  private var value: Value? { context.parameters["Value"] }
  private var secondValue: Value? { context.parameters["SecondValue"] }
  private var typeText: String { context.parameters["MemberType"]?.toText() ?? "" }

  /// The member -MemberType, -Value and -SecondValue describe.
  func member(named name: String) throws -> Member {
    let type = typeText
    guard let flags = MemberTypes.value(of: .string(type)), flags.nonzeroBitCount == 1 else {
      throw fail(
        "WrongMemberCount",
        "To add a member, only one member type can be specified. The member types specified "
          + "are: \"\(type)\"")
    }
    switch type {
    case "NoteProperty":
      try refuseSecondValue()
      return Self.note(name, value ?? .null)
    case "AliasProperty": return try alias(name)
    case "ScriptProperty": return try scriptProperty(name)
    case "ScriptMethod": return try scriptMethod(name)
    case "CodeProperty":
      try requireValue()
      try refuseBothNull()
      throw castFailure(value ?? secondValue ?? .null, to: "System.Reflection.MethodInfo")
    case "CodeMethod":
      try requireValue()
      try refuseNullValue()
      try refuseSecondValue()
      throw castFailure(value ?? .null, to: "System.Reflection.MethodInfo")
    case "MemberSet": return try memberSet(name)
    case "PropertySet": return try propertySet(name)
    default:
      throw fail(
        "CannotAddMemberType",
        "Cannot add a member with type \"\(type)\". Specify a different type for the "
          + "MemberTypes parameter.")
    }
  }

  private func alias(_ name: String) throws -> Member {
    try requireValue()
    try refuseNullValue()
    let target = value?.toText() ?? ""
    var conversion: PSType?
    if let second = secondValue {
      if second.isNull { throw valueNull("SecondValue", "Value2ShouldNotBeNull") }
      if case .type(let type) = second.unwrapped {
        conversion = type
      } else if let type = PSType.resolve(second.toText()) {
        conversion = type
      } else {
        throw RuntimeError(
          context.errorRecord(
            "InvalidCastFromStringToType",
            "Cannot convert the \"\(second.toText())\" value of type "
              + "\"\(second.unwrapped.dotNetType.fullName)\" to type \"System.Type\".",
            category: .invalidArgument, target: second,
            exceptionType: "System.Management.Automation.PSInvalidCastException"))
      }
    }
    let interpreter = context.interpreter
    return Member(name: name) { [weak interpreter] object in
      object.setComputed(
        name,
        getter: { [weak object] in
          guard let object, let interpreter else { return .null }
          let read = interpreter.memberValue(.object(object), target)
          // A value the type cannot hold reads as it is, as a failed getter would show.
          return conversion.flatMap { try? read.convert(to: $0) } ?? read  // nil: keep the value
        },
        setter: { [weak object] in object?.set(target, $0) })
      let typePrefix = conversion.map { "(\($0.fullName))" } ?? ""
      object.describeProperty(
        name, memberType: "AliasProperty", definition: "\(name) = \(typePrefix)\(target)")
    }
  }

  private func scriptProperty(_ name: String) throws -> Member {
    try requireValue()
    try refuseBothNull()
    let getter = try value.flatMap { $0.isNull ? nil : try scriptBlock($0) }
    let setter = try secondValue.flatMap { $0.isNull ? nil : try scriptBlock($0) }
    let context = self.context
    return Member(name: name) { object in
      object.setComputed(
        name,
        getter: { [weak object] in
          guard let getter else { return .null }
          // A failing getter reads as $null, as pwsh shows an unreadable property.
          let read = try? Self.run(getter, this: object, arguments: [], context)  // failed: nil
          return read ?? .null
        },
        setter: setter.map { block in
          { [weak object] value in
            _ = try? Self.run(block, this: object, arguments: [value], context)  // as above
          }
        })
      let accessors =
        (getter.map { "get=\($0.text);" } ?? "") + (setter.map { "set=\($0.text);" } ?? "")
      object.describeProperty(
        name, memberType: "ScriptProperty", definition: "System.Object \(name) {\(accessors)}")
    }
  }

  private func scriptMethod(_ name: String) throws -> Member {
    try refuseSecondValue()
    try requireValue()
    try refuseNullValue()
    let block = try scriptBlock(value ?? .null)
    let context = self.context
    return Member(name: name) { object in
      object.methods[name.lowercased()] = PSMethod(
        name: name, definition: "System.Object \(name)();"
      ) { [weak object] arguments in
        try Self.run(block, this: object, arguments: arguments, context)
      }
    }
  }

  /// A member set: a property holding the -Value members (note properties) under one name.
  private func memberSet(_ name: String) throws -> Member {
    try refuseSecondValue()
    var notes: [(String, Value)] = []
    if let value, !value.isNull {
      for item in value.enumerated {
        guard let note = item.psObject,
          note.typeNames.contains(where: { $0.hasSuffix("PSNoteProperty") }),
          let noteName = note.value(of: "Name")?.toText()
        else {
          throw castFailure(
            value,
            to:
              "System.Collections.ObjectModel.Collection`1[System.Management.Automation.PSMemberInfo]"
          )
        }
        notes.append((noteName, note.value(of: "Value") ?? .null))
      }
    }
    return Member(name: name) { object in
      let set = PSObject(typeNames: ["System.Management.Automation.PSMemberSet", "System.Object"])
      for (noteName, noteValue) in notes { set.set(noteName, noteValue) }
      object.set(name, .object(set))
      object.describeProperty(name, memberType: "MemberSet", definition: name)
    }
  }

  /// A property set: a name for a list of property names.
  private func propertySet(_ name: String) throws -> Member {
    try refuseSecondValue()
    try requireValue()
    try refuseNullValue()
    guard let value else { return Self.note(name, .null) }
    let names = value.enumerated.map { $0.toText() }
    return Member(name: name) { object in
      let set = PSObject(
        typeNames: ["System.Management.Automation.PSPropertySet", "System.Object"])
      set.set("ReferencedPropertyNames", .array(names.map(Value.string)))
      set.stringValue = { "\(name) {\(names.joined(separator: ", "))}" }
      object.set(name, .object(set))
      object.describeProperty(
        name, memberType: "PropertySet", definition: "\(name) {\(names.joined(separator: ", "))}")
    }
  }

  /// Runs a member's script block in a child scope of the caller with `$this` set.
  static func run(
    _ block: ScriptBlock, this object: PSObject?, arguments: [Value], _ context: CommandContext
  ) throws -> Value {
    let scope = Scope(parent: context.scope)
    scope.set("this", object.map { .object($0) } ?? .null)
    let sink = CollectingSink()
    try context.interpreter.invokeScriptBlock(
      block, scope: scope, arguments: arguments, input: nil, output: sink)
    return sink.result
  }

  private func scriptBlock(_ value: Value) throws -> ScriptBlock {
    if case .scriptBlock(let block) = value.unwrapped { return block }
    throw castFailure(value, to: "System.Management.Automation.ScriptBlock")
  }

  /// pwsh's conversion failure of -Value or -SecondValue to the type a member needs.
  private func castFailure(_ value: Value, to type: String) -> RuntimeError {
    RuntimeError(
      context.errorRecord(
        "ConvertToFinalInvalidCastException",
        "Cannot convert the \"\(value.toText())\" value of type "
          + "\"\(value.unwrapped.dotNetType.fullName)\" to type \"\(type)\".",
        category: .invalidArgument, target: value,
        exceptionType: "System.Management.Automation.PSInvalidCastException"))
  }

  private func fail(_ id: String, _ message: String) -> RuntimeError {
    error(context, id, message, .null)
  }

  /// The Value a member type needs; pwsh would prompt for it, a script cannot answer.
  private func requireValue() throws {
    guard value == nil else { return }
    throw fail(
      "Value1Prompt",
      "The Value parameter is required for a member of type \"\(typeText)\". Specify the Value "
        + "parameter when adding members of this type.")
  }

  private func refuseSecondValue() throws {
    guard secondValue != nil else { return }
    throw fail(
      "Value2ShouldNotBeSpecified",
      "The SecondValue parameter is not necessary for a member of type \"\(typeText)\", and "
        + "should not be specified. Do not specify the SecondValue parameter when you add "
        + "members of this type.")
  }

  private func refuseBothNull() throws {
    guard value?.isNull ?? true, secondValue?.isNull ?? true else { return }
    throw fail(
      "Value1AndValue2AreNotBothNull",
      "Both Value and SecondValue parameters should not be null for a member of type "
        + "\"\(typeText)\". Specify a non-null value for one of the two parameters.")
  }

  private func refuseNullValue() throws {
    if value?.isNull ?? false { throw valueNull("Value", "Value1ShouldNotBeNull") }
  }

  private func valueNull(_ parameter: String, _ id: String) -> RuntimeError {
    fail(
      id,
      "The \(parameter) parameter should not be null for a member of type \"\(typeText)\". "
        + "Specify a non-null value for the \(parameter) parameter when adding members of this "
        + "type.")
  }
}
