import KeyBindings
import ShellCore
import ShellFormatting

/// The PSReadLine module's cmdlets: they read and change the session's
/// ``EditorConfiguration``, which the interactive line editor follows from its next read.
///
/// The configuration lives in the interpreter's module state, so a script run with -File or
/// -Command sees the same defaults the prompt has.
public enum PSReadLineCmdlets {
  static let all: [any Cmdlet.Type] = [
    GetPSReadLineKeyHandler.self, SetPSReadLineKeyHandler.self, RemovePSReadLineKeyHandler.self,
    GetPSReadLineOption.self, SetPSReadLineOption.self,
  ]

  static let module = "PSReadLine"
  static let keyHandlerType = "Microsoft.PowerShell.KeyHandler"
  static let optionsType = "Microsoft.PowerShell.PSConsoleReadLineOptions"
  private static let stateKey = "PSReadLine"

  /// The session's key bindings and options, made with the defaults on first use.
  public static func configuration(in interpreter: Interpreter) -> EditorConfiguration {
    if let existing = interpreter.moduleState[stateKey] as? EditorConfiguration {
      return existing
    }
    let configuration = EditorConfiguration()
    interpreter.moduleState[stateKey] = configuration
    return configuration
  }

  /// Registers the cmdlets and the KeyHandler and options views.
  static func register(in interpreter: Interpreter) {
    for cmdlet in all { interpreter.register(cmdlet) }
    for view in views { interpreter.formatViews.register(view) }
  }

  /// A `Microsoft.PowerShell.KeyHandler` for one binding (or, with key `Unbound`, a function
  /// bound to no key).
  static func keyHandler(key: String, _ function: EditFunction) -> Value {
    let object = PSObject(typeNames: [keyHandlerType, "System.Object"])
    object.set("Key", .string(key))
    object.set("Function", .string(function.rawValue))
    object.set("Description", .string(function.description))
    object.set("Group", .string(groupName(function.group)))
    return .object(object)
  }

  /// The KeyHandlerGroup enum's member name for a group.
  static func groupName(_ group: EditFunction.Group) -> String {
    let name = String(describing: group)
    return name.prefix(1).uppercased() + name.dropFirst()
  }

  /// PSReadLine.format.ps1xml's views: key handlers in a table grouped under each group's
  /// heading, and the options as a list.
  static var views: [FormatView] {
    var keyBindings = FormatView(
      name: "PSReadLine-KeyBindings", typeNames: [keyHandlerType], shape: .table,
      columns: [
        FormatColumn(property: "Key"), FormatColumn(property: "Function"),
        FormatColumn(property: "Description"),
      ],
      groupBy: FormatColumn(property: "Group"),
      groupHeader: { value in
        let name = value.toText().lowercased()
        let heading =
          EditFunction.Group.allCases.first { groupName($0).lowercased() == name }?.heading
          ?? name
        return heading + "\n" + String(repeating: "=", count: heading.count)
      })
    keyBindings.wrap = true
    return [
      keyBindings,
      FormatView(
        name: "PSReadLine-Options", typeNames: [optionsType], shape: .list,
        columns: GetPSReadLineOption.propertyNames.map { FormatColumn(property: $0) }),
    ]
  }

  /// Reads chord texts, turning a bad one into PSReadLine's ArgumentException.
  static func chords(_ value: Value?, _ context: CommandContext) throws -> [KeyChord] {
    var chords: [KeyChord] = []
    let items: [Value] = value?.enumerated ?? []
    for item in items {
      do {
        chords.append(try KeyChordParser.parse(item.toText()))
      } catch {
        throw argumentError(error.message, context)
      }
    }
    return chords
  }

  /// An ArgumentException thrown by a PSReadLine cmdlet, as pwsh reports an exception a
  /// compiled cmdlet throws: its type name is the error id.
  static func argumentError(_ message: String, _ context: CommandContext) -> RuntimeError {
    RuntimeError(
      ErrorRecord(
        message: message, exceptionType: "System.ArgumentException",
        errorId: "System.ArgumentException,\(context.errorIdSource)",
        category: .notSpecified, targetObject: .null, commandName: context.commandName,
        range: context.invocationRange))
  }
}
