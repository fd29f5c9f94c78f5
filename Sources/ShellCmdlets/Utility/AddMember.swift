import ShellCore

/// Add-Member: adds note, script and alias properties and script methods to an object.
///
/// Members go on the object itself, so every variable holding it sees them, as with
/// PowerShell's instance members. A value that is not an object (a string, a number) is
/// wrapped in a new object that only -PassThru returns, as PowerShell wraps it in a PSObject.
/// Adding a member whose name the object already has is an error unless -Force is given.
final class AddMember: Cmdlet {
  static let memberTypes = ["NoteProperty", "ScriptProperty", "AliasProperty", "ScriptMethod"]

  static let declaration = CmdletDeclaration(
    name: "Add-Member",
    synopsis: "Adds custom properties and methods to an instance of a PowerShell object.",
    description: """
      Adds one member to the input object: a NoteProperty holding -Value, a ScriptProperty \
      whose getter is the -Value script block (and setter the -SecondValue one, which receives \
      the new value as $args[0]), an AliasProperty that reads and writes the property named by \
      -Value, or a ScriptMethod running -Value with the call's arguments. $this is the object \
      inside the script blocks. -NotePropertyName/-NotePropertyValue add one note property and \
      -NotePropertyMembers one per hashtable entry. -TypeName puts a type name first in the \
      object's type names. The object is written only with -PassThru.
      """,
    parameters: [
      ParameterDeclaration(
        "InputObject", .any, mandatory: true, pipeline: .byValue,
        help: "The object the member is added to."),
      ParameterDeclaration(
        "MemberType", .string, position: 0, mandatory: true, sets: ["MemberSet"],
        aliases: ["Type"], validValues: memberTypes, help: "The kind of member to add."),
      ParameterDeclaration(
        "Name", .string, position: 1, mandatory: true, sets: ["MemberSet"],
        help: "The name of the new member."),
      ParameterDeclaration(
        "Value", .any, position: 2, sets: ["MemberSet"],
        help: "The note value, the getter or method script block, or the aliased property's name."
      ),
      ParameterDeclaration(
        "SecondValue", .any, position: 3, sets: ["MemberSet"],
        help: "For a ScriptProperty, the setter script block."),
      ParameterDeclaration(
        "NotePropertyName", .string, position: 0, mandatory: true,
        sets: ["NotePropertySingleMemberSet"], help: "The name of the note property to add."),
      ParameterDeclaration(
        "NotePropertyValue", .any, position: 1, mandatory: true,
        sets: ["NotePropertySingleMemberSet"], help: "The value of the note property."),
      ParameterDeclaration(
        "NotePropertyMembers", .hashtable, position: 0, mandatory: true,
        sets: ["NotePropertyMultiMemberSet"],
        help: "A hashtable whose entries become note properties, in the table's order."),
      ParameterDeclaration(
        "TypeName", .string, help: "A type name to put first in the object's type names."),
      ParameterDeclaration(
        "Force", .switchParameter, help: "Replaces a member that has the same name."),
      ParameterDeclaration(
        "PassThru", .switchParameter, help: "Writes the object to the pipeline."),
    ],
    defaultParameterSet: "MemberSet",
    examples: [
      CmdletExample(
        "$o = [pscustomobject]@{ Name = 'a' }\n$o | Add-Member -NotePropertyName Size -NotePropertyValue 3\n\"$($o.Name) $($o.Size)\"",
        remarks: "Adds a note property to an object.", prints: "a 3\n"),
      CmdletExample(
        "$o = [pscustomobject]@{ Size = 3 }\n$o | Add-Member ScriptProperty Double { $this.Size * 2 }\n$o.Double",
        remarks: "Adds a property computed from the object on each read.", prints: "6\n"),
      CmdletExample(
        "$o = [pscustomobject]@{ Size = 3 } | Add-Member ScriptMethod Plus { $this.Size + $args[0] } -PassThru\n$o.Plus(4)",
        remarks: "Adds a method and passes the object on.", prints: "7\n"),
      CmdletExample(
        "$o = [pscustomobject]@{} | Add-Member -NotePropertyMembers ([ordered]@{ a = 1; b = 2 }) -PassThru\n$o.PSObject.Properties.Name -join ','",
        remarks: "Adds several note properties from a hashtable.", prints: "a,b\n"),
    ],
    module: "Microsoft.PowerShell.Utility")

  required init() {}

  func process(_ context: CommandContext) throws {
    guard let input = context.input ?? context.parameters["InputObject"] else { return }
    let parameters = context.parameters
    let object: PSObject
    if case .object(let existing) = input {
      object = existing
    } else {
      let value = input.unwrapped
      object = PSObject(typeNames: value.typeNameChain)
      object.baseValue = value
      object.stringValue = { value.toText() }
    }
    let members = try membersToAdd(context, on: object)
    let force = parameters.isSet("Force")
    var seen = Set<String>()
    for member in members {
      let key = member.name.lowercased()
      let exists = object.property(member.name) != nil || object.methods[key] != nil
      if (exists && !force) || seen.contains(key) {
        throw context.terminatingError(
          "MemberAlreadyExists",
          "Cannot add a member with the name \"\(member.name)\" because a member with that name "
            + "already exists. To overwrite the member anyway, add the Force parameter to your "
            + "command.", category: .invalidOperation, target: input,
          exceptionType: "System.InvalidOperationException")
      }
      seen.insert(key)
    }
    for member in members { member.add(object) }
    if let typeName = parameters["TypeName"]?.toText(), !typeName.isEmpty {
      object.typeNames.insert(typeName, at: 0)
    }
    if parameters.isSet("PassThru") { try context.write(.object(object)) }
  }

  /// One member ready to be added; nothing is added until every member has been checked.
  private struct Member {
    let name: String
    let add: (PSObject) -> Void
  }

  /// The members the bound parameters describe, checked before any is added.
  private func membersToAdd(_ context: CommandContext, on object: PSObject) throws -> [Member] {
    let parameters = context.parameters
    if let table = parameters["NotePropertyMembers"] {
      guard case .hashtable(let entries) = table.unwrapped else { return [] }
      return entries.entries.map { key, value in
        Member(name: key.toText()) { $0.set(key.toText(), value) }
      }
    }
    if let name = parameters["NotePropertyName"]?.toText() {
      let value = parameters["NotePropertyValue"] ?? .null
      return [Member(name: name) { Self.replace(name, in: $0, with: value) }]
    }
    let name = parameters["Name"]?.toText() ?? ""
    let value = parameters["Value"] ?? .null
    switch parameters["MemberType"]?.toText().lowercased() ?? "" {
    case "noteproperty":
      return [Member(name: name) { Self.replace(name, in: $0, with: value) }]
    case "aliasproperty":
      let target = value.toText()
      guard !target.isEmpty else { throw missingValue(context, "AliasProperty") }
      return [
        Member(name: name) { object in
          object.setComputed(
            name, getter: { [weak object] in object?.value(of: target) ?? .null },
            setter: { [weak object] in object?.set(target, $0) })
          object.describeProperty(
            name, memberType: "AliasProperty", definition: "\(name) = \(target)")
        }
      ]
    case "scriptproperty":
      let getter = try scriptBlock(value, context)
      let setter = try parameters["SecondValue"].map { try scriptBlock($0, context) }
      return [Member(name: name) { Self.addScriptProperty(name, getter, setter, to: $0, context) }]
    default:
      let block = try scriptBlock(value, context)
      return [
        Member(name: name) { object in
          object.methods[name.lowercased()] = PSMethod(
            name: name, definition: "System.Object \(name)();"
          ) { [weak object] arguments in
            try Self.run(block, this: object, arguments: arguments, context)
          }
        }
      ]
    }
  }

  /// Sets a note property, replacing a computed property or method of that name.
  private static func replace(_ name: String, in object: PSObject, with value: Value) {
    object.methods.removeValue(forKey: name.lowercased())
    if object.property(name)?.isComputed == true { object.removeProperty(name) }
    object.set(name, value)
  }

  /// Adds a ScriptProperty: the getter runs on every read, the setter (if any) on each write.
  private static func addScriptProperty(
    _ name: String, _ getter: ScriptBlock, _ setter: ScriptBlock?, to object: PSObject,
    _ context: CommandContext
  ) {
    object.methods.removeValue(forKey: name.lowercased())
    object.setComputed(
      name,
      getter: { [weak object] in
        (try? run(getter, this: object, arguments: [], context)) ?? .null
      },
      setter: setter.map { block in
        { [weak object] value in _ = try? run(block, this: object, arguments: [value], context) }
      })
    let accessors = "get=\(getter.text);" + (setter.map { "set=\($0.text);" } ?? "")
    object.describeProperty(
      name, memberType: "ScriptProperty", definition: "System.Object \(name) {\(accessors)}")
  }

  /// Runs a member's script block in a child scope of the caller with `$this` set.
  private static func run(
    _ block: ScriptBlock, this object: PSObject?, arguments: [Value], _ context: CommandContext
  ) throws -> Value {
    let scope = Scope(parent: context.scope)
    scope.set("this", object.map { .object($0) } ?? .null)
    let sink = CollectingSink()
    try context.interpreter.invokeScriptBlock(
      block, scope: scope, arguments: arguments, input: nil, output: sink)
    return sink.result
  }

  private func scriptBlock(_ value: Value, _ context: CommandContext) throws -> ScriptBlock {
    if case .scriptBlock(let block) = value.unwrapped { return block }
    throw context.terminatingError(
      "ConvertToFinalInvalidCastException",
      "Cannot convert the \"\(value.toText())\" value of type \"\(value.unwrapped.dotNetType.fullName)\" "
        + "to type \"System.Management.Automation.ScriptBlock\".", category: .invalidArgument,
      target: value, exceptionType: "System.Management.Automation.PSInvalidCastException")
  }

  private func missingValue(_ context: CommandContext, _ type: String) -> RuntimeError {
    context.terminatingError(
      "Value", "The Value parameter is required for a member of type \"\(type)\".",
      category: .invalidArgument, exceptionType: "System.Management.Automation.PSArgumentException")
  }
}
