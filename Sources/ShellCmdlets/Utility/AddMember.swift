import Foundation
import ShellCore

/// A parameter declaration with its own transformation and validation.
private func withCheck(
  _ declaration: ParameterDeclaration, _ check: @escaping (Value) throws -> Value
) -> ParameterDeclaration {
  var result = declaration
  result.check = check
  return result
}

/// A parameter declaration that is mandatory in some of its sets only.
private func mandatoryIn(_ sets: [String], _ declaration: ParameterDeclaration)
  -> ParameterDeclaration
{
  var result = declaration
  result.mandatorySets = sets
  return result
}

/// Add-Member: adds note, alias and script properties, script methods, member sets and
/// property sets to an object, or type names.
///
/// Members go on the object itself, so every variable holding it sees them, as with
/// PowerShell's instance members. A value that is not an object (a string, a number) is
/// wrapped in a new object that only -PassThru returns, as PowerShell wraps it in a PSObject.
/// Adding a member whose name the object already has is an error unless -Force is given.
/// Code members need .NET methods, which the shell does not have: their -Value is refused as
/// pwsh refuses anything that is no MethodInfo.
final class AddMember: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Add-Member",
    synopsis: "Adds custom properties and methods to an instance of a PowerShell object.",
    description: """
      Adds one member to the input object: a NoteProperty holding -Value, a ScriptProperty \
      whose getter is the -Value script block (and setter the -SecondValue one, which receives \
      the new value as $args[0]), an AliasProperty that reads and writes the property named by \
      -Value, or a ScriptMethod running -Value with the call's arguments. $this is the object \
      inside the script blocks. -NotePropertyName/-NotePropertyValue add one note property and \
      -NotePropertyMembers one per hashtable entry. A MemberSet groups the -Value members \
      under one name, a PropertySet names the -Value properties. -TypeName (alone, or with a \
      member) puts a type name first in the object's type names. The object is written only \
      with -PassThru.
      """,
    parameters: [
      ParameterDeclaration(
        "InputObject", .any, mandatory: true, pipeline: .byValue,
        help: "The object the member is added to."),
      // At position 0 a hashtable binds -NotePropertyMembers, a member type's name or number
      // -MemberType, and any other name -NotePropertyName, as pwsh's binder chooses.
      ParameterDeclaration(
        "NotePropertyMembers", .hashtable, position: 0, mandatory: true,
        sets: ["NotePropertyMultiMemberSet"],
        help: "A hashtable whose entries become note properties, in the table's order.",
        notNullOrEmpty: true),
      withCheck(
        ParameterDeclaration(
          "NotePropertyName", .string, position: 0, mandatory: true,
          sets: ["NotePropertySingleMemberSet"], help: "The name of the note property to add.",
          notNullOrEmpty: true), MemberTypes.notePropertyName),
      ParameterDeclaration(
        "NotePropertyValue", .any, position: 1, mandatory: true,
        sets: ["NotePropertySingleMemberSet"], help: "The value of the note property.",
        allowNull: true),
      withCheck(
        ParameterDeclaration(
          "MemberType", .string, position: 0, mandatory: true, sets: ["MemberSet"],
          aliases: ["Type"],
          help: "The kind of member to add: NoteProperty, AliasProperty, ScriptProperty, "
            + "ScriptMethod, CodeProperty, CodeMethod, MemberSet or PropertySet.",
          // An enum parameter: its conversion, not the empty-string rule, refuses ''.
          allowEmptyString: true),
        MemberTypes.convert),
      ParameterDeclaration(
        "Name", .string, position: 1, mandatory: true, sets: ["MemberSet"],
        help: "The name of the new member."),
      ParameterDeclaration(
        "Value", .any, position: 2, sets: ["MemberSet"],
        help: "The note value, the getter or method script block, the aliased property's name, "
          + "or the names of a property set."),
      ParameterDeclaration(
        "SecondValue", .any, position: 3, sets: ["MemberSet"],
        help: "For a ScriptProperty, the setter script block; for an AliasProperty, the type "
          + "its value is converted to."),
      mandatoryIn(
        ["TypeNameSet"],
        ParameterDeclaration(
          "TypeName", .string, mandatory: true,
          help: "A type name to put first in the object's type names.", notNullOrEmpty: true)),
      ParameterDeclaration(
        "Force", .switchParameter,
        sets: ["MemberSet", "NotePropertySingleMemberSet", "NotePropertyMultiMemberSet"],
        help: "Replaces a member that has the same name."),
      ParameterDeclaration(
        "PassThru", .switchParameter, help: "Writes the object to the pipeline."),
    ],
    defaultParameterSet: "TypeNameSet",
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
    if let typeName = parameters["TypeName"]?.toText(),
      typeName.trimmingCharacters(in: .whitespaces).isEmpty
    {
      throw error(
        context, "TypeNameShouldNotBeEmpty",
        "The TypeName parameter should not be null, empty, or contain only white spaces.",
        target: .string(typeName))
    }
    var added = parameters.parameterSetName == "TypeNameSet"
    if !added {
      for member in try membersToAdd(context) {
        if try add(member, to: object, input, context) { added = true }
      }
    }
    guard added else { return }
    if let typeName = parameters["TypeName"]?.toText() {
      // A type's short name (`int`) is put in as its full name, as pwsh converts it.
      object.typeNames.insert(PSType.resolve(typeName)?.fullName ?? typeName, at: 0)
    }
    if parameters.isSet("PassThru") { try context.write(.object(object)) }
  }

  /// Adds one member unless the object has one of that name and -Force is not given; the
  /// clash is a non-terminating error, as in pwsh.
  private func add(
    _ member: AddMemberKinds.Member, to object: PSObject, _ input: Value,
    _ context: CommandContext
  ) throws -> Bool {
    let key = member.name.lowercased()
    let exists = object.property(member.name) != nil || object.methods[key] != nil
    if exists, !context.parameters.isSet("Force") {
      try context.writeError(
        context.errorRecord(
          "MemberAlreadyExists",
          "Cannot add a member with the name \"\(member.name)\" because a member with that name "
            + "already exists. To overwrite the member anyway, add the Force parameter to your "
            + "command.", category: .invalidOperation, target: input,
          exceptionType: "System.InvalidOperationException"))
      return false
    }
    object.methods.removeValue(forKey: key)
    object.removeProperty(member.name)
    member.add(object)
    return true
  }

  /// The members the bound parameters describe.
  private func membersToAdd(_ context: CommandContext) throws -> [AddMemberKinds.Member] {
    let parameters = context.parameters
    switch parameters.parameterSetName {
    case "NotePropertyMultiMemberSet":
      guard case .hashtable(let entries) = parameters["NotePropertyMembers"]?.unwrapped else {
        return []
      }
      var members: [AddMemberKinds.Member] = []
      for (key, value) in entries.entries {
        let name = key.toText()
        guard !name.isEmpty else {
          try context.writeError(
            context.errorRecord(
              "NotePropertyNameShouldNotBeNull",
              "The name for a NoteProperty member should not be null or an empty string.",
              category: .invalidOperation, target: .string(name),
              exceptionType: "System.InvalidOperationException"))
          continue
        }
        members.append(AddMemberKinds.note(name, value))
      }
      return members
    case "NotePropertySingleMemberSet":
      let name = parameters["NotePropertyName"]?.toText() ?? ""
      return [AddMemberKinds.note(name, parameters["NotePropertyValue"] ?? .null)]
    default:
      let kinds = AddMemberKinds(context: context, error: error)
      return [try kinds.member(named: parameters["Name"]?.toText() ?? "")]
    }
  }

  /// One of Add-Member's own errors: an InvalidOperationException, as pwsh's NewError makes.
  private func error(
    _ context: CommandContext, _ id: String, _ message: String, target: Value
  ) -> RuntimeError {
    context.terminatingError(
      id, message, category: .invalidOperation, target: target,
      exceptionType: "System.InvalidOperationException")
  }
}
