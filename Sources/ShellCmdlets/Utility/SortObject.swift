import ShellCore

/// Sort-Object (`sort`): sorts objects by property values, script blocks or the objects
/// themselves.
///
/// The order is PowerShell's (ObjectCommandComparer): values compare as `-lt`/`-gt` do,
/// case-insensitively unless -CaseSensitive; values that cannot be compared are compared as
/// strings; objects lacking a sort property come after those that have it in either direction.
/// The sort is stable: equal keys keep their input order.
final class SortObject: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Sort-Object",
    synopsis: "Sorts objects by property values.",
    description: """
      Sorts the input by the -Property keys (names, script blocks, or hashtables such as \
      @{Expression='Name'; Descending=$true} that set the direction per key), or by the \
      objects themselves. Strings compare without regard to case unless -CaseSensitive is \
      given. -Unique drops objects whose keys equal an earlier object's; -Top and -Bottom keep \
      only the first or last objects of the sorted result.
      """,
    parameters: [
      ParameterDeclaration("InputObject", .any, pipeline: .byValue, help: "The objects to sort."),
      ParameterDeclaration(
        "Property", .anyArray, position: 0,
        help: "The sort keys: property names, script blocks or hashtables with Expression, "
          + "Ascending or Descending."),
      ParameterDeclaration(
        "Descending", .switchParameter, help: "Sorts from the largest to the smallest."),
      ParameterDeclaration("Unique", .switchParameter, help: "Drops objects with equal keys."),
      ParameterDeclaration(
        "CaseSensitive", .switchParameter, help: "Compares strings with regard to case."),
      ParameterDeclaration(
        "Culture", .string, help: "Accepted for compatibility; strings compare culture-invariantly."
      ),
      ParameterDeclaration(
        "Stable", .switchParameter, sets: ["Default"],
        help: "Keeps equal objects in input order (always the case here)."),
      ParameterDeclaration(
        "Top", .int, mandatory: true, sets: ["Top"],
        help: "How many objects to keep from the start of the sorted result."),
      ParameterDeclaration(
        "Bottom", .int, mandatory: true, sets: ["Bottom"],
        help: "How many objects to keep from the end of the sorted result."),
    ],
    defaultParameterSet: "Default",
    examples: [
      CmdletExample(
        "(3, 1, 2 | Sort-Object) -join ','", remarks: "Sorts numbers.", prints: "1,2,3\n"),
      CmdletExample(
        "('b', 'a', 'c', 'a' | Sort-Object -Unique) -join ','",
        remarks: "Sorts strings and drops duplicates.", prints: "a,b,c\n"),
      CmdletExample(
        "$rows = [pscustomobject]@{N='x'; V=2}, [pscustomobject]@{N='y'; V=9}\n"
          + "($rows | Sort-Object @{Expression='V'; Descending=$true}).N -join ','",
        remarks: "Sorts by a key in descending order.", prints: "y,x\n"),
    ],
    module: "Microsoft.PowerShell.Utility")

  private var items: [Value] = []

  required init() {}

  func process(_ context: CommandContext) throws {
    guard let input = context.input ?? context.parameters["InputObject"] else { return }
    items.append(input)
  }

  func end(_ context: CommandContext) throws {
    let parameters = context.parameters
    let sorter = try ObjectSorter(
      properties: parameters["Property"], descending: parameters.isSet("Descending"),
      caseSensitive: parameters.isSet("CaseSensitive"), sample: items.first, context: context)
    var sorted = try sorter.sort(items)
    if parameters.isSet("Unique") {
      var kept: [ObjectSorter.Keyed] = []
      for entry in sorted where kept.last.map({ sorter.compare($0, entry) != 0 }) ?? true {
        kept.append(entry)
      }
      sorted = kept
    }
    var result = sorted.map(\.value)
    if let top = parameters["Top"]?.intValue { result = Array(result.prefix(max(0, top))) }
    if let bottom = parameters["Bottom"]?.intValue {
      result = Array(result.suffix(max(0, bottom)))
    }
    for item in result { try context.write(item) }
  }
}

/// Sorts values by a list of keys as Sort-Object does; Group-Object orders its groups with it.
struct ObjectSorter {
  /// One value with its sort keys and input position.
  struct Keyed {
    let value: Value
    /// One entry per key: nil when the object lacks the property.
    let keys: [Value?]
    let position: Int
  }

  private let expressions: [PropertyExpression]
  private let directions: [Bool]
  /// The direction when the objects themselves are the key.
  private let directionForSelf: Bool
  let caseSensitive: Bool
  private let context: CommandContext

  init(
    properties: Value?, descending: Bool, caseSensitive: Bool, sample: Value?,
    context: CommandContext
  ) throws {
    var expressions: [PropertyExpression] = []
    for expression in try PropertyExpression.parse(properties, keys: .sort, context: context) {
      guard expression.isWildcard, expression.label == nil, let sample else {
        expressions.append(expression)
        continue
      }
      for name in expression.expandedNames(on: sample) {
        expressions.append(
          PropertyExpression(
            source: .name(name), label: nil, descending: expression.descending))
      }
    }
    self.expressions = expressions
    self.directions = expressions.map { $0.descending ?? descending }
    self.caseSensitive = caseSensitive
    self.context = context
    self.directionForSelf = expressions.isEmpty && descending
  }

  /// Computes the keys of each value and sorts stably.
  func sort(_ values: [Value]) throws -> [Keyed] {
    var keyed: [Keyed] = []
    keyed.reserveCapacity(values.count)
    for (position, value) in values.enumerated() {
      let keys: [Value?] =
        expressions.isEmpty
        ? [value]
        : try expressions.map { try $0.evaluate(value, context: context) }
      keyed.append(Keyed(value: value, keys: keys, position: position))
    }
    return keyed.sorted { a, b in
      let order = compare(a, b)
      return order != 0 ? order < 0 : a.position < b.position
    }
  }

  /// Compares two keyed values key by key: -1, 0 or 1.
  func compare(_ a: Keyed, _ b: Keyed) -> Int {
    for index in a.keys.indices where index < b.keys.count {
      let descending = expressions.isEmpty ? directionForSelf : directions[index]
      let order = Self.compareKey(
        a.keys[index], b.keys[index], caseSensitive: caseSensitive, descending: descending)
      if order != 0 { return order }
    }
    return 0
  }

  /// One key: missing properties last, then PowerShell's ordering, then text ordering.
  static func compareKey(_ a: Value?, _ b: Value?, caseSensitive: Bool, descending: Bool) -> Int {
    guard let a else { return b == nil ? 0 : 1 }
    guard let b else { return -1 }
    let left = a.unwrapped
    let right = b.unwrapped
    if left.isNull, right.isNull { return 0 }
    let order =
      Operators.compare(left, right, caseSensitive: caseSensitive)
      ?? StringCollation.compare(left.toText(), right.toText(), caseSensitive: caseSensitive)
    return descending ? -order : order
  }
}
