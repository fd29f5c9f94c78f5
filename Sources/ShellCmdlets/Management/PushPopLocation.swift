import Foundation
import ShellCore

/// Push-Location (`pushd`) and Pop-Location (`popd`): a stack of locations to come back to.
///
/// The stacks are the session's, kept by name as pwsh keeps them; `default` is the one used
/// when -StackName is not given. Popping an empty default stack does nothing, as in pwsh.
final class PushLocation: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Push-Location",
    synopsis: "Adds the current location to the top of a location stack.",
    description: """
      Pushes the current location onto a location stack (the default one, or -StackName) and \
      then, when -Path or -LiteralPath is given, moves there as Set-Location does. \
      Pop-Location returns to the pushed location.
      """,
    parameters: [
      ParameterDeclaration(
        "Path", .string, position: 0, pipeline: [.byValue, .byPropertyName], sets: ["Path"],
        help: "The location to move to after pushing; wildcards are permitted if they match "
          + "one path."),
      ParameterDeclaration(
        "LiteralPath", .string, pipeline: .byPropertyName, sets: ["LiteralPath"],
        aliases: ["PSPath", "LP"], help: "The location to move to, taken exactly as written."),
      ParameterDeclaration(
        "PassThru", .switchParameter, help: "Writes a PathInfo object for the new location."),
      ParameterDeclaration(
        "StackName", .string, help: "The stack to push onto; the default stack if not given."),
    ],
    defaultParameterSet: "Path",
    examples: [
      CmdletExample(
        "Set-Location /; Push-Location /tmp; Pop-Location; (Get-Location).Path",
        remarks: "Visits a location and comes back.", prints: "/\n")
    ],
    module: "Microsoft.PowerShell.Management")

  required init() {}

  func process(_ context: CommandContext) throws {
    let interpreter = context.interpreter
    let stackName = context.parameters["StackName"]?.toText() ?? LocationStacks.defaultName
    LocationStacks.of(interpreter).push(interpreter.location, onto: stackName)
    let literal = context.parameters.contains("LiteralPath")
    guard let given = context.parameters[literal ? "LiteralPath" : "Path"]?.toText() else {
      return
    }
    guard let target = try SetLocation.change(to: given, literal: literal, context) else { return }
    if context.parameters.isSet("PassThru") {
      try context.write(.object(LocationCmdlets.pathInfo(target)))
    }
  }
}

final class PopLocation: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Pop-Location",
    synopsis: "Changes the current location to the location most recently pushed onto the stack.",
    description: """
      Takes the location on top of a location stack (the default one, or -StackName) and \
      makes it the current location. An empty default stack leaves the location as it is; a \
      -StackName that names no stack is an error.
      """,
    parameters: [
      ParameterDeclaration(
        "PassThru", .switchParameter, help: "Writes a PathInfo object for the new location."),
      ParameterDeclaration(
        "StackName", .string, help: "The stack to pop from; the default stack if not given."),
    ],
    examples: [
      CmdletExample(
        "Set-Location /; pushd /tmp; popd; $PWD.Path", remarks: "The aliases pushd and popd.",
        prints: "/\n")
    ],
    module: "Microsoft.PowerShell.Management")

  required init() {}

  func process(_ context: CommandContext) throws {
    let interpreter = context.interpreter
    let stacks = LocationStacks.of(interpreter)
    let named = context.parameters["StackName"]?.toText()
    guard let location = stacks.pop(named ?? LocationStacks.defaultName) else {
      guard let named else { return }
      try context.writeError(
        CmdletErrors.record(
          context, "Argument",
          "Cannot find location stack '\(named)'. It does not exist or it is not a container.",
          category: .invalidArgument, target: .string(named),
          exceptionType: "System.Management.Automation.PSArgumentException"))
      return
    }
    interpreter.locationHistory.append(interpreter.location)
    interpreter.locationFuture.removeAll()
    SetLocation.move(to: location, interpreter)
    if context.parameters.isSet("PassThru") {
      try context.write(.object(LocationCmdlets.pathInfo(location)))
    }
  }
}

/// The location stacks of a session, by name (case-insensitively).
final class LocationStacks {
  static let defaultName = "default"
  private static let key = "Microsoft.PowerShell.Management.LocationStacks"

  private var stacks: [String: [String]] = [:]

  /// The stacks of an interpreter, made on first use.
  static func of(_ interpreter: Interpreter) -> LocationStacks {
    if let existing = interpreter.moduleState[key] as? LocationStacks { return existing }
    let stacks = LocationStacks()
    interpreter.moduleState[key] = stacks
    return stacks
  }

  func push(_ location: String, onto name: String) {
    stacks[name.lowercased(), default: []].append(location)
  }

  /// The location on top of a stack, removed from it; nil when the stack is empty or unknown.
  func pop(_ name: String) -> String? {
    let key = name.lowercased()
    guard var stack = stacks[key], let top = stack.popLast() else { return nil }
    stacks[key] = stack.isEmpty ? nil : stack
    return top
  }
}
