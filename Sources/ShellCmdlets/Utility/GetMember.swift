import ShellCore

/// Get-Member (`gm`): lists the properties and methods of objects.
///
/// It writes one `Microsoft.PowerShell.Commands.MemberDefinition` (TypeName, Name, MemberType,
/// Definition) per member, for each distinct type among its input, sorted as PowerShell sorts
/// them: by member type name, then by member name. The MemberDefinition view groups them under
/// a `TypeName:` header.
final class GetMember: Cmdlet {
  /// The PSMemberTypes names -MemberType accepts.
  static let memberTypes = [
    "AliasProperty", "CodeProperty", "Property", "NoteProperty", "ScriptProperty", "Properties",
    "PropertySet", "Method", "CodeMethod", "ScriptMethod", "Methods", "ParameterizedProperty",
    "MemberSet", "Event", "Dynamic", "InferredProperty", "All",
  ]

  static let declaration = CmdletDeclaration(
    name: "Get-Member",
    synopsis: "Gets the properties and methods of objects.",
    description: """
      Describes each distinct type of object in its input: its note properties (the \
      properties of a PSCustomObject, written as `type Name=value`), its properties and its \
      methods with their overloads. -MemberType and -Name narrow the list; -InputObject \
      describes a collection itself rather than its elements.
      """,
    parameters: [
      ParameterDeclaration(
        "InputObject", .any, pipeline: .byValue, help: "The object whose members are listed."),
      ParameterDeclaration(
        "Name", .stringArray, position: 0, help: "Member names to list (wildcards allowed)."),
      ParameterDeclaration(
        "MemberType", .stringArray, aliases: ["Type"], validValues: memberTypes,
        help: "The kinds of member to list, such as Property, NoteProperty or Method."),
      ParameterDeclaration(
        "View", .string, validValues: ["Extended", "Adapted", "Base", "All"],
        help: "Accepted for compatibility; every member is listed."),
      ParameterDeclaration(
        "Static", .switchParameter, help: "Lists static members (none are described here)."),
      ParameterDeclaration(
        "Force", .switchParameter, help: "Accepted for compatibility; lists the same members."),
    ],
    examples: [
      CmdletExample(
        "([pscustomobject]@{Name='x'; Size=3} | Get-Member -MemberType NoteProperty).Definition",
        remarks: "Shows the note properties of an object.",
        prints: "string Name=x\nint Size=3\n"),
      CmdletExample(
        "('abc' | gm -Name T*).Name -join ','", remarks: "Lists the string methods named T*.",
        prints: "ToCharArray,ToLower,ToLowerInvariant,ToString,ToUpper,ToUpperInvariant,Trim,"
          + "TrimEnd,TrimStart\n"),
    ],
    module: "Microsoft.PowerShell.Utility", outputType: CoreOutputTypes.memberDefinition)

  private var typesShown: Set<String> = []
  private var sawInput = false

  required init() {}

  func process(_ context: CommandContext) throws {
    guard let input = context.input ?? context.parameters["InputObject"] else { return }
    guard !input.isNull else { return }
    sawInput = true
    let typeName = input.typeNameChain.first ?? input.dotNetType.fullName
    guard typesShown.insert(typeName.lowercased()).inserted else { return }
    if context.parameters.isSet("Static") { return }
    let wantedTypes = Self.expand(
      (context.parameters["MemberType"]?.enumerated ?? []).map { $0.toText() })
    let names = (context.parameters["Name"]?.enumerated ?? []).map { $0.toText() }
    let members = MemberTable.members(of: input)
      .filter { wantedTypes?.contains($0.memberType) ?? true }
      .filter { member in
        names.isEmpty || names.contains { Operators.wildcardMatch(member.name, pattern: $0) }
      }
      .sorted { a, b in
        if a.memberType != b.memberType { return a.memberType < b.memberType }
        return a.name.lowercased() < b.name.lowercased()
      }
    for member in members {
      try context.write(.object(Self.definition(typeName, member)))
    }
  }

  func end(_ context: CommandContext) throws {
    guard !sawInput else { return }
    try context.writeError(
      context.errorRecord(
        "NoObjectInGetMember", "You must specify an object for the Get-Member cmdlet.",
        category: .invalidOperation,
        exceptionType: "System.InvalidOperationException"))
  }

  /// The member types a -MemberType list stands for; nil for all.
  static func expand(_ requested: [String]) -> Set<String>? {
    guard !requested.isEmpty else { return nil }
    var result: Set<String> = []
    for name in requested {
      switch name.lowercased() {
      case "all": return nil
      case "properties":
        result.formUnion([
          "AliasProperty", "CodeProperty", "Property", "NoteProperty", "ScriptProperty",
        ])
      case "methods": result.formUnion(["CodeMethod", "Method", "ScriptMethod"])
      default:
        if let known = memberTypes.first(where: { $0.caseInsensitiveEquals(name) }) {
          result.insert(known)
        }
      }
    }
    return result
  }

  /// A MemberDefinition object.
  static func definition(_ typeName: String, _ member: MemberTable.Member) -> PSObject {
    let object = PSObject(
      typeNames: ["Microsoft.PowerShell.Commands.MemberDefinition", "System.Object"])
    object.set("TypeName", .string(typeName))
    object.set("Name", .string(member.name))
    object.set("MemberType", .string(member.memberType))
    object.set("Definition", .string(member.definition))
    let text = member.definition
    object.stringValue = { text }
    return object
  }
}
