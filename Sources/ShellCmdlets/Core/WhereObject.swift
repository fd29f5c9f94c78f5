import ShellCore
import ShellSyntax

/// Where-Object (`?`, `where`): passes on the input objects that satisfy a condition.
final class WhereObject: Cmdlet {
  /// The operator switches of the simplified syntax (`where Name -eq x`) and what they mean.
  static let operators: [(name: String, op: ComparisonOperator?, caseSensitive: Bool)] = [
    ("EQ", .eq, false), ("CEQ", .eq, true), ("NE", .ne, false), ("CNE", .ne, true),
    ("GT", .gt, false), ("CGT", .gt, true), ("LT", .lt, false), ("CLT", .lt, true),
    ("GE", .ge, false), ("CGE", .ge, true), ("LE", .le, false), ("CLE", .le, true),
    ("Like", .like, false), ("CLike", .like, true), ("NotLike", .notlike, false),
    ("CNotLike", .notlike, true), ("Match", .match, false), ("CMatch", .match, true),
    ("NotMatch", .notmatch, false), ("CNotMatch", .notmatch, true),
    ("Contains", .contains, false), ("CContains", .contains, true),
    ("NotContains", .notcontains, false), ("CNotContains", .notcontains, true),
    ("In", .in, false), ("CIn", .in, true), ("NotIn", .notin, false), ("CNotIn", .notin, true),
    ("Is", nil, false), ("IsNot", nil, false), ("Not", nil, false),
  ]

  static let declaration = CmdletDeclaration(
    name: "Where-Object",
    synopsis: "Selects objects from a collection based on their property values.",
    description: """
      With a script block, passes each input object for which the block returns a true value \
      ($_ is the object). With a property name, an operator switch and a value \
      (`where Name -eq 'x'`), compares that property of each object; with a property name \
      alone, tests that the property is true.
      """,
    parameters: [
      ParameterDeclaration(
        "InputObject", .any, pipeline: .byValue, help: "The objects to filter."),
      ParameterDeclaration(
        "FilterScript", .scriptBlock, position: 0, mandatory: true, sets: ["ScriptBlockSet"],
        help: "The condition, evaluated with $_ set to each object."),
      ParameterDeclaration(
        "Property", .string, position: 0, mandatory: true, sets: ["PropertySet"],
        help: "The property compared in the simplified syntax."),
      ParameterDeclaration(
        "Value", .any, position: 1, sets: ["PropertySet"],
        help: "The value the property is compared with."),
    ]
      + operators.map { entry in
        ParameterDeclaration(
          entry.name, .switchParameter, sets: ["PropertySet"],
          aliases: entry.name == "EQ" ? ["IEQ"] : [],
          help: "Compares with the -\(entry.name) operator.")
      },
    defaultParameterSet: "ScriptBlockSet",
    examples: [
      CmdletExample(
        "1..6 | Where-Object { $_ % 2 -eq 0 }", remarks: "Keeps the even numbers.",
        prints: "2\n4\n6\n"),
      CmdletExample(
        "'apple','kiwi','banana' | ? Length -gt 4",
        remarks: "Simplified syntax: strings longer than four characters.",
        prints: "apple\nbanana\n"),
    ],
    module: "Microsoft.PowerShell.Core")

  required init() {}

  func process(_ context: CommandContext) throws {
    guard let input = context.input else { return }
    if let block = context.parameters["FilterScript"], case .scriptBlock(let filter) = block {
      let result = try context.evaluateInCallerScope(filter, dollarUnder: input)
      if result.isTruthy { try context.write(input) }
      return
    }
    let property = context.parameters["Property"]?.toText() ?? ""
    let actual = context.interpreter.memberValue(input, property)
    guard let chosen = Self.operators.first(where: { context.parameters.isSet($0.name) }) else {
      if context.parameters.contains("Value") {
        if Operators.areEqual(actual, context.parameters["Value"] ?? .null) {
          try context.write(input)
        }
      } else if actual.isTruthy {
        try context.write(input)
      }
      return
    }
    let expected = context.parameters["Value"] ?? .null
    let matched: Bool
    switch chosen.name {
    case "Is", "IsNot":
      let result = try Operators.binary(.isType, actual, expected, .detached).isTruthy
      matched = chosen.name == "Is" ? result : !result
    case "Not":
      matched = !actual.isTruthy
    default:
      guard let op = chosen.op else { return }
      matched = try Operators.binary(
        .comparison(op, caseSensitive: chosen.caseSensitive), actual, expected,
        context.interpreter.operatorContext(context.scope)
      ).isTruthy
    }
    if matched { try context.write(input) }
  }
}
