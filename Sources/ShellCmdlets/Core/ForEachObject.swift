import ShellCore

/// ForEach-Object (`%`, `foreach`): runs script blocks per input object, or reads a member.
final class ForEachObject: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "ForEach-Object",
    synopsis: "Performs an operation against each item in a collection of input objects.",
    description: """
      Runs the -Process script block once per input object with $_ set to it, in the caller's \
      scope; -Begin runs before the first object and -End after the last. Given a member name \
      instead of a script block, it outputs that property of each object or calls that method.
      """,
    parameters: [
      ParameterDeclaration(
        "InputObject", .any, pipeline: .byValue, help: "The objects to process."),
      ParameterDeclaration(
        "Process", .scriptBlockArray, position: 0, mandatory: true, sets: ["ScriptBlockSet"],
        help: "The script block run for each input object.", allowNull: true,
        allowEmptyCollection: true),
      ParameterDeclaration(
        "Begin", .scriptBlock, sets: ["ScriptBlockSet"],
        help: "A script block run before the first input object."),
      ParameterDeclaration(
        "End", .scriptBlock, sets: ["ScriptBlockSet"],
        help: "A script block run after the last input object."),
      ParameterDeclaration(
        "RemainingScripts", .scriptBlockArray, pipeline: .remainingArguments,
        sets: ["ScriptBlockSet"], help: "Further script blocks given by position."),
      ParameterDeclaration(
        "MemberName", .string, position: 0, mandatory: true, sets: ["PropertyAndMethodSet"],
        help: "The property to get or the method to call on each object."),
      ParameterDeclaration(
        "ArgumentList", .anyArray, sets: ["PropertyAndMethodSet"], aliases: ["Args"],
        help: "Arguments of the method named by -MemberName."),
    ],
    defaultParameterSet: "ScriptBlockSet",
    examples: [
      CmdletExample(
        "1..3 | ForEach-Object { $_ * 2 }", remarks: "Doubles each number.", prints: "2\n4\n6\n"),
      CmdletExample(
        "'a','bb' | % Length", remarks: "Gets the Length property of each string.",
        prints: "1\n2\n"),
      CmdletExample(
        "1..4 | % -Begin { $sum = 0 } -Process { $sum += $_ } -End { $sum }",
        remarks: "Sums the input.", prints: "10\n"),
    ],
    module: "Microsoft.PowerShell.Core")

  private var process: [ScriptBlock] = []
  private var end: ScriptBlock?

  required init() {}

  func begin(_ context: CommandContext) throws {
    guard context.parameters.parameterSetName != "PropertyAndMethodSet" else { return }
    var blocks =
      Self.blocks(context.parameters["Process"])
      + Self.blocks(context.parameters["RemainingScripts"])
    var begin = Self.blocks(context.parameters["Begin"]).first
    end = Self.blocks(context.parameters["End"]).first
    // With several positional blocks the first is Begin and a third is End (about_ForEach-Object).
    if begin == nil, blocks.count >= 2 { begin = blocks.removeFirst() }
    if end == nil, blocks.count >= 2 { end = blocks.removeLast() }
    process = blocks
    if let begin {
      try context.invokeInCallerScope(begin, dollarUnder: nil, output: context.output)
    }
  }

  func process(_ context: CommandContext) throws {
    let input = context.input ?? .null
    if context.parameters.parameterSetName == "PropertyAndMethodSet" {
      try invokeMember(input, context)
      return
    }
    if context.input == nil, !context.expectsInput, process.isEmpty { return }
    for block in process {
      try context.invokeInCallerScope(block, dollarUnder: input, output: context.output)
    }
  }

  func end(_ context: CommandContext) throws {
    if let end { try context.invokeInCallerScope(end, dollarUnder: nil, output: context.output) }
  }

  private func invokeMember(_ input: Value, _ context: CommandContext) throws {
    guard !input.isNull else { return }
    let name = context.parameters["MemberName"]?.toText() ?? ""
    let arguments = context.parameters["ArgumentList"]?.enumerated ?? []
    if context.parameters.contains("ArgumentList")
      || Members.property(of: input, named: name) == nil
    {
      if let value = try? context.interpreter.invokeMethod(
        input, name, arguments, context.interpreter.operatorContext(context.scope), context.scope)
      {
        try context.writeEnumerated(value)
        return
      }
    }
    try context.writeEnumerated(context.interpreter.memberValue(input, name))
  }

  private static func blocks(_ value: Value?) -> [ScriptBlock] {
    (value?.enumerated ?? []).compactMap {
      if case .scriptBlock(let block) = $0 { return block }
      return nil
    }
  }
}
