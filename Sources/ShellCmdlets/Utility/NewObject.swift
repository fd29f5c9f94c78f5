import ShellCore

/// New-Object: creates an object of a named type, optionally setting its properties.
final class NewObject: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "New-Object",
    synopsis: "Creates an instance of a Microsoft .NET Framework or COM object.",
    description: """
      Creates an object of the type named by -TypeName, passing -ArgumentList to its \
      constructor: PSObject or PSCustomObject (an empty object), hashtables, strings, arrays, \
      exceptions and the other types the shell knows. -Property sets properties on the new \
      object, in the order of the hashtable; on a PSObject they become note properties.
      """,
    parameters: [
      ParameterDeclaration(
        "TypeName", .string, position: 0, mandatory: true, sets: ["Net"],
        help: "The name of the type, for example PSObject or System.Collections.Hashtable."),
      ParameterDeclaration(
        "ArgumentList", .anyArray, position: 1, sets: ["Net"], aliases: ["Args"],
        help: "The arguments of the constructor."),
      ParameterDeclaration(
        "Property", .hashtable, help: "Property names and values to set on the new object."),
      ParameterDeclaration(
        "ComObject", .string, mandatory: true, sets: ["Com"],
        help: "Not supported on this platform."),
      ParameterDeclaration("Strict", .switchParameter, sets: ["Com"], help: "Not supported."),
    ],
    defaultParameterSet: "Net",
    examples: [
      CmdletExample(
        "$o = New-Object PSObject -Property @{Name='srv1'}; $o.Name",
        remarks: "Creates an object with a note property.", prints: "srv1\n"),
      CmdletExample(
        "(New-Object System.Collections.Hashtable).Count", remarks: "Creates an empty hashtable.",
        prints: "0\n"),
    ],
    module: "Microsoft.PowerShell.Utility")

  required init() {}

  func process(_ context: CommandContext) throws {
    let parameters = context.parameters
    if let com = parameters["ComObject"]?.toText() {
      throw context.terminatingError(
        "NoCOMClassIdentified",
        "Retrieving the COM class factory for component with CLSID \(com) failed.",
        category: .resourceUnavailable)
    }
    let name = parameters["TypeName"]?.toText() ?? ""
    guard let type = context.interpreter.resolveTypeName(name) else {
      throw context.terminatingError(
        "TypeNotFound",
        "Cannot find type [\(name)]: verify that the assembly containing this type is loaded.",
        category: .invalidType, target: .string(name),
        exceptionType: "System.Management.Automation.PSArgumentException")
    }
    let arguments = parameters["ArgumentList"]?.enumerated ?? []
    let created: Value
    do {
      created = try context.interpreter.newObject(
        of: type, arguments: arguments, scope: context.scope)
    } catch let error as RuntimeError
      where error.record.fullyQualifiedErrorId.hasPrefix("MethodNotFound")
    {
      throw context.terminatingError(
        "CannotFindAppropriateCtor",
        "A constructor was not found. Cannot find an appropriate constructor for type \(name).",
        category: .objectNotFound, target: .string(name),
        exceptionType: "System.Management.Automation.PSArgumentException")
    }
    if case .hashtable(let properties) = parameters["Property"] ?? .null {
      try setProperties(properties, on: created, context)
    }
    try context.write(created)
  }

  private func setProperties(_ properties: PSHashtable, on value: Value, _ context: CommandContext)
    throws
  {
    for (key, propertyValue) in properties.entries {
      let name = key.toText()
      switch value {
      case .object(let object): object.set(name, propertyValue)
      case .hashtable(let table): table[key] = propertyValue
      default:
        try context.writeError(
          context.errorRecord(
            "InvalidOperationException",
            "The member \"\(name)\" was not found for the specified .NET object.",
            category: .invalidOperation, target: value,
            exceptionType: "System.InvalidOperationException"))
      }
    }
  }
}
