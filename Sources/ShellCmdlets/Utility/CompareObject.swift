import ShellCore

/// Compare-Object (`compare`, `diff`): reports the differences between two sets of objects.
///
/// The comparison follows PowerShell's: each difference object is compared with the next
/// reference object, then looked up among the unmatched objects of the other side (the backlogs,
/// at most -SyncWindow long on each side). Matches come out as they are found (with
/// -IncludeEqual); difference-only objects (`=>`) come out when their backlog overflows or at
/// the end, before the reference-only ones (`<=`).
final class CompareObject: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Compare-Object",
    synopsis: "Compares two sets of objects.",
    description: """
      Compares the -ReferenceObject objects with the -DifferenceObject objects (usually piped) \
      and writes one object per difference, with the object as InputObject (or the -Property \
      values) and a SideIndicator: "<=" for an object only in the reference set, "=>" for one \
      only in the difference set, "==" for one in both (with -IncludeEqual). Strings compare \
      without regard to case unless -CaseSensitive is given. -ExcludeDifferent keeps only the \
      matches; -PassThru writes the original objects with a SideIndicator note property added.
      """,
    parameters: [
      ParameterDeclaration(
        "ReferenceObject", .anyArray, position: 0, mandatory: true,
        help: "The objects used as the reference.", allowEmptyCollection: true),
      ParameterDeclaration(
        "DifferenceObject", .anyArray, position: 1, mandatory: true, pipeline: .byValue,
        help: "The objects compared with the reference objects.", allowEmptyCollection: true),
      ParameterDeclaration(
        "Property", .anyArray,
        help: "The properties (names or script blocks) compared instead of the whole objects."),
      ParameterDeclaration(
        "SyncWindow", .int,
        help: "How many adjacent objects on each side are searched for a match; unlimited by "
          + "default."),
      ParameterDeclaration(
        "IncludeEqual", .switchParameter,
        help: "Also writes the objects found in both sets, with the indicator \"==\"."),
      ParameterDeclaration(
        "ExcludeDifferent", .switchParameter,
        help: "Writes only the objects found in both sets."),
      ParameterDeclaration(
        "PassThru", .switchParameter,
        help: "Writes the compared objects themselves, each with a SideIndicator property."),
      ParameterDeclaration(
        "CaseSensitive", .switchParameter, help: "Compares strings with regard to case."),
      ParameterDeclaration(
        "Culture", .string, help: "Accepted for compatibility; strings compare invariantly."),
    ],
    examples: [
      CmdletExample(
        "Compare-Object 1, 2, 3 2, 3, 4 | ForEach-Object { \"$($_.InputObject) $($_.SideIndicator)\" }",
        remarks: "Shows the objects that are in only one set.", prints: "4 =>\n1 <=\n"),
      CmdletExample(
        "(Compare-Object a, b B, c -IncludeEqual).SideIndicator -join ' '",
        remarks: "Strings match without regard to case.", prints: "== => <=\n"),
      CmdletExample(
        "Compare-Object 'x', 'y' 'y' -ExcludeDifferent -IncludeEqual -PassThru",
        remarks: "Writes the objects found in both sets.", prints: "y\n"),
    ],
    module: "Microsoft.PowerShell.Utility")

  /// One compared object with its comparison keys.
  private struct Entry {
    let value: Value
    let keys: [Value?]
  }

  private var expressions: [PropertyExpression] = []
  private var references: [Entry] = []
  private var referenceIndex = 0
  private var referenceBacklog: [Entry] = []
  private var differenceBacklog: [Entry] = []
  private var syncWindow = Int.max
  private var isCaseSensitive = false

  required init() {}

  func begin(_ context: CommandContext) throws {
    let parameters = context.parameters
    expressions = try PropertyExpression.parse(
      parameters["Property"], keys: .expression, context: context)
    isCaseSensitive = parameters.isSet("CaseSensitive")
    if let window = parameters["SyncWindow"] {
      guard case .int(let size) = window.unwrapped, size >= 0 else {
        throw context.terminatingError(
          "ParameterArgumentValidationError",
          "Cannot validate argument on parameter 'SyncWindow'. The \(window.toText()) argument "
            + "is less than the minimum allowed range of 0. Supply an argument that is greater "
            + "than or equal to 0 and then try the command again.", category: .invalidData,
          exceptionType: "System.Management.Automation.ParameterBindingValidationException")
      }
      syncWindow = Int(size)
    }
    references = try (parameters["ReferenceObject"]?.enumerated ?? []).map {
      try entry($0, context)
    }
  }

  func process(_ context: CommandContext) throws {
    let items: [Value]
    if let input = context.input {
      items = [input]
    } else {
      items = context.parameters["DifferenceObject"]?.enumerated ?? []
    }
    for item in items { try compare(try entry(item, context), context) }
  }

  func end(_ context: CommandContext) throws {
    while referenceIndex < references.count { try compare(nil, context) }
    for entry in differenceBacklog { try emit(entry, "=>", context) }
    for entry in referenceBacklog { try emit(entry, "<=", context) }
  }

  private func entry(_ value: Value, _ context: CommandContext) throws -> Entry {
    guard !expressions.isEmpty else { return Entry(value: value, keys: [value]) }
    return Entry(
      value: value, keys: try expressions.map { try $0.evaluate(value, context: context) })
  }

  /// One step of the comparison: the next reference object against one difference object.
  private func compare(_ difference: Entry?, _ context: CommandContext) throws {
    var difference = difference
    var reference: Entry?
    if referenceIndex < references.count {
      reference = references[referenceIndex]
      referenceIndex += 1
    }
    if let left = reference, let right = difference, matches(left, right) {
      try emit(left, "==", context)
      return
    }
    if let right = difference, let found = removeMatch(right, from: &referenceBacklog) {
      try emit(found, "==", context)
      difference = nil
    }
    if let left = reference, removeMatch(left, from: &differenceBacklog) != nil {
      try emit(left, "==", context)
      reference = nil
    }
    if let right = difference {
      try addToBacklog(right, &differenceBacklog, "=>", context)
    }
    if let left = reference {
      try addToBacklog(left, &referenceBacklog, "<=", context)
    }
  }

  /// Keeps an unmatched entry for later; the oldest entries leave a full backlog as differences.
  private func addToBacklog(
    _ entry: Entry, _ backlog: inout [Entry], _ indicator: String, _ context: CommandContext
  ) throws {
    guard syncWindow > 0 else {
      try emit(entry, indicator, context)
      return
    }
    while backlog.count >= syncWindow {
      let oldest = backlog.removeFirst()
      try emit(oldest, indicator, context)
    }
    backlog.append(entry)
  }

  private func removeMatch(_ entry: Entry, from backlog: inout [Entry]) -> Entry? {
    guard let index = backlog.firstIndex(where: { matches($0, entry) }) else { return nil }
    return backlog.remove(at: index)
  }

  private func matches(_ a: Entry, _ b: Entry) -> Bool {
    zip(a.keys, b.keys).allSatisfy {
      ObjectSorter.compareKey($0, $1, caseSensitive: isCaseSensitive, descending: false) == 0
    }
  }

  private func emit(_ entry: Entry, _ indicator: String, _ context: CommandContext) throws {
    let parameters = context.parameters
    if indicator == "==" {
      // -ExcludeDifferent implies -IncludeEqual unless it is turned off explicitly.
      let includesEqual =
        parameters.isSet("IncludeEqual")
        || (parameters.isSet("ExcludeDifferent") && parameters["IncludeEqual"] == nil)
      guard includesEqual else { return }
    } else if parameters.isSet("ExcludeDifferent") {
      return
    }
    if parameters.isSet("PassThru") {
      try context.write(Self.withSideIndicator(entry.value, indicator))
      return
    }
    let result = PSObject()
    if expressions.isEmpty {
      result.set("InputObject", entry.value)
    } else {
      for (expression, key) in zip(expressions, entry.keys) {
        result.set(expression.displayName, key ?? .null)
      }
    }
    result.set("SideIndicator", .string(indicator))
    try context.write(.object(result))
  }

  /// The object itself with a SideIndicator note property; a plain value is wrapped first.
  static func withSideIndicator(_ value: Value, _ indicator: String) -> Value {
    let object: PSObject
    if case .object(let existing) = value {
      object = existing
    } else {
      let plain = value.unwrapped
      object = PSObject(typeNames: plain.typeNameChain)
      object.baseValue = plain
      object.stringValue = { plain.toText() }
    }
    object.set("SideIndicator", .string(indicator))
    return .object(object)
  }
}
