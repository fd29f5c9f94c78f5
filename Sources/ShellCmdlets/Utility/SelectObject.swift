import ShellCore

/// Select-Object (`select`): picks properties of objects, or objects from a stream.
///
/// With -Property it builds new objects typed `Selected.<original type>`; without it the
/// input objects pass through unchanged. `-First N` stops the commands before it once it has
/// its objects, so `Get-Thing | select -First 1` does not read everything.
final class SelectObject: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Select-Object",
    synopsis: "Selects objects or object properties.",
    description: """
      Creates new objects holding the properties named by -Property (names, wildcards, or \
      calculated properties @{Name='...'; Expression={...}}); a name the input lacks still \
      becomes a property with a null value. -ExpandProperty outputs a property's value itself. \
      -First, -Last, -Skip, -SkipLast, -Index and -SkipIndex pick objects by position, and \
      -Unique drops duplicates. -First stops the earlier commands of the pipeline once it has \
      its objects.
      """,
    parameters: [
      ParameterDeclaration(
        "InputObject", .any, pipeline: .byValue, help: "The objects to select from."),
      ParameterDeclaration(
        "Property", .anyArray, position: 0,
        help: "The properties to select: names, wildcards or calculated-property hashtables."),
      ParameterDeclaration(
        "ExcludeProperty", .stringArray, help: "Properties to leave out (wildcards allowed)."),
      ParameterDeclaration(
        "ExpandProperty", .string,
        help: "A property whose value is output instead of a new object; collections are "
          + "enumerated."),
      ParameterDeclaration("Unique", .switchParameter, help: "Outputs each distinct object once."),
      ParameterDeclaration(
        "CaseInsensitive", .switchParameter,
        help: "With -Unique, compares strings without regard to case."),
      ParameterDeclaration(
        "First", .int, sets: ["DefaultParameter"], help: "How many objects to take from the start."),
      ParameterDeclaration(
        "Last", .int, sets: ["DefaultParameter"], help: "How many objects to take from the end."),
      ParameterDeclaration(
        "Skip", .int, sets: ["DefaultParameter", "SkipLastParameter"],
        help: "How many objects to skip first."),
      ParameterDeclaration(
        "SkipLast", .int, sets: ["SkipLastParameter"],
        help: "How many objects to drop from the end."),
      ParameterDeclaration(
        "Index", .intArray, sets: ["IndexParameter"],
        help: "The zero-based positions of the objects to select."),
      ParameterDeclaration(
        "SkipIndex", .intArray, sets: ["SkipIndexParameter"],
        help: "The zero-based positions of the objects to leave out."),
      ParameterDeclaration(
        "Wait", .switchParameter, sets: ["DefaultParameter"],
        help: "Reads all the input even after -First has its objects, instead of stopping the "
          + "earlier commands of the pipeline."),
    ],
    defaultParameterSet: "DefaultParameter",
    examples: [
      CmdletExample(
        "(1..10 | Select-Object -First 3) -join ','", remarks: "Takes the first three numbers.",
        prints: "1,2,3\n"),
      CmdletExample(
        "(1..10 | select -Skip 7) -join ','", remarks: "Skips the first seven numbers.",
        prints: "8,9,10\n"),
      CmdletExample(
        "$o = [pscustomobject]@{Name='a'; Size=3} | select Name, @{n='Double'; e={ $_.Size * 2 }}\n"
          + "\"$($o.Name) $($o.Double) $($o.pstypenames[0])\"",
        remarks: "Selects a property and a calculated property.",
        prints: "a 6 Selected.System.Management.Automation.PSCustomObject\n"),
      CmdletExample(
        "[pscustomobject]@{Tags='x','y'} | Select-Object -ExpandProperty Tags",
        remarks: "Outputs the elements of a property's value.", prints: "x\ny\n"),
    ],
    module: "Microsoft.PowerShell.Utility")

  static let customObjectTypeName = "System.Management.Automation.PSCustomObject"
  static let selectedCustomObjectTypeName = "Selected." + customObjectTypeName

  private var properties: [PropertyExpression] = []
  private var excluded: [String] = []
  private var expand: String?
  private var first: Int?
  private var last: Int?
  private var skip = 0
  private var skipLast = 0
  private var indexes: Set<Int>?
  private var skipIndexes: Set<Int> = []
  private var isUnique = false
  private var isCaseSensitive = true
  private var waits = false
  /// Objects seen so far (for -Index, -Skip and -First).
  private var seen = 0
  private var emitted = 0
  /// Objects held back for -Last or -SkipLast.
  private var buffer: [Value] = []
  private var uniques: [Value] = []
  /// Set once -First or -Index has everything it needs.
  private var isSatisfied = false

  required init() {}

  func begin(_ context: CommandContext) throws {
    let parameters = context.parameters
    properties = try PropertyExpression.parse(
      parameters["Property"], keys: .select, context: context)
    excluded = (parameters["ExcludeProperty"]?.enumerated ?? []).map { $0.toText() }
    if properties.isEmpty, !excluded.isEmpty {
      properties = [PropertyExpression(source: .name("*"), label: nil, descending: nil)]
    }
    expand = parameters["ExpandProperty"]?.toText()
    first = parameters["First"]?.intValue
    last = parameters["Last"]?.intValue
    skip = max(0, parameters["Skip"]?.intValue ?? 0)
    skipLast = max(0, parameters["SkipLast"]?.intValue ?? 0)
    if let list = parameters["Index"] { indexes = Set(list.enumerated.compactMap(\.intValue)) }
    skipIndexes = Set((parameters["SkipIndex"]?.enumerated ?? []).compactMap(\.intValue))
    isUnique = parameters.isSet("Unique")
    isCaseSensitive = !parameters.isSet("CaseInsensitive")
    waits = parameters.isSet("Wait")
  }

  /// Notes that -First or -Index has its objects: the earlier commands stop, unless -Wait
  /// asks for all the input to be read.
  private func satisfied(_ context: CommandContext) throws {
    isSatisfied = true
    if !waits { throw context.stopUpstream() }
  }

  func process(_ context: CommandContext) throws {
    guard let input = context.input ?? context.parameters["InputObject"] else { return }
    // A null input object is skipped, as PowerShell's Select-Object skips it.
    if input.isNull { return }
    if isSatisfied {
      if waits { return }
      throw context.stopUpstream()
    }
    let position = seen
    seen += 1
    if let indexes {
      if indexes.contains(position) { try emit(input, context) }
      if let highest = indexes.max(), position >= highest { try satisfied(context) }
      return
    }
    if !skipIndexes.isEmpty {
      if !skipIndexes.contains(position) { try emit(input, context) }
      return
    }
    if skipLast > 0 {
      if position < skip { return }
      buffer.append(input)
      if buffer.count > skipLast { try emit(buffer.removeFirst(), context) }
      return
    }
    guard first != nil || last != nil else {
      if position >= skip { try emit(input, context) }
      return
    }
    if let last, first == nil {
      // -Last alone keeps the final Last+Skip objects; -Skip then drops from the end.
      buffer.append(input)
      if buffer.count > last + skip { buffer.removeFirst() }
      return
    }
    if position < skip { return }
    if let first, emitted < first {
      emitted += 1
      try emit(input, context)
      if emitted == first, last == nil { try satisfied(context) }
      return
    }
    if let first, first <= 0, last == nil { try satisfied(context) }
    if let last {
      buffer.append(input)
      if buffer.count > last { buffer.removeFirst() }
    }
  }

  func end(_ context: CommandContext) throws {
    if last != nil, skipLast == 0 {
      let kept = first == nil ? Array(buffer.prefix(max(0, buffer.count - skip))) : buffer
      for item in kept.suffix(max(0, last ?? 0)) { try emit(item, context) }
      buffer.removeAll()
    }
    for item in uniques { try context.write(item) }
    uniques.removeAll()
  }

  /// Shapes one chosen object and writes it (or holds it back for -Unique).
  private func emit(_ input: Value, _ context: CommandContext) throws {
    if let expand {
      for item in try expanded(input, named: expand, context) { try output(item, context) }
      return
    }
    if properties.isEmpty {
      // A custom object passing through is marked as selected, once.
      if case .object(let object) = input, object.baseValue == nil,
        object.typeNames.contains(Self.customObjectTypeName),
        !object.typeNames.contains(Self.selectedCustomObjectTypeName)
      {
        object.typeNames.insert(Self.selectedCustomObjectTypeName, at: 0)
      }
      try output(input, context)
      return
    }
    let result = PSObject(typeNames: Self.selectedTypeNames(of: input))
    try addProperties(of: input, to: result, context)
    try output(.object(result), context)
  }

  private func output(_ value: Value, _ context: CommandContext) throws {
    guard isUnique else {
      try context.write(value)
      return
    }
    if !uniques.contains(where: { Self.isSame($0, value, caseSensitive: isCaseSensitive) }) {
      uniques.append(value)
    }
  }

  /// Adds the -Property values of `input` to `result`, minus -ExcludeProperty.
  private func addProperties(of input: Value, to result: PSObject, _ context: CommandContext)
    throws
  {
    for expression in properties {
      if case .script = expression.source {
        guard !expression.displayName.isEmpty else {
          throw context.terminatingError(
            "EmptyScriptBlockAndNoName",
            "A property is an empty script block and does not provide a name.",
            category: .invalidArgument,
            exceptionType: "System.Management.Automation.PSArgumentException")
        }
        let value = try expression.evaluate(input, context: context) ?? .null
        try add(expression.displayName, value, to: result, explicit: true, context)
        continue
      }
      if let label = expression.label {
        try add(
          label, try expression.evaluate(input, context: context) ?? .null, to: result,
          explicit: true, context)
        continue
      }
      let available = ObjectProperties.names(of: input)
      for name in expression.expandedNames(on: input) {
        let actual = available.first { $0.caseInsensitiveEquals(name) } ?? name
        let value = ObjectProperties.value(of: input, named: actual) ?? .null
        try add(actual, value, to: result, explicit: !expression.isWildcard, context)
      }
    }
  }

  private func add(
    _ name: String, _ value: Value, to result: PSObject, explicit: Bool,
    _ context: CommandContext
  ) throws {
    if excluded.contains(where: { Operators.wildcardMatch(name, pattern: $0) }) { return }
    if result.property(name) != nil {
      guard explicit else { return }
      try context.writeError(
        context.errorRecord(
          "AlreadyExistingUserSpecifiedPropertyNoExpand",
          "The property cannot be processed because the property \"\(name)\" already exists.",
          category: .invalidOperation, target: value,
          exceptionType: "System.Management.Automation.PSArgumentException"))
      return
    }
    result.set(name, value)
  }

  /// The values -ExpandProperty gives for one object, with -Property values added to each.
  private func expanded(_ input: Value, named name: String, _ context: CommandContext) throws
    -> [Value]
  {
    let expression = PropertyExpression(source: .name(name), label: nil, descending: nil)
    let names = expression.expandedNames(on: input)
    guard names.count == 1, let value = ObjectProperties.value(of: input, named: names[0])
    else {
      let message =
        names.count > 1
        ? "Multiple properties cannot be expanded."
        : "Property \"\(name)\" cannot be found."
      try context.writeError(
        context.errorRecord(
          names.count > 1 ? "MutlipleExpandProperties" : "ExpandPropertyNotFound", message,
          category: .invalidArgument, target: input,
          exceptionType: "System.Management.Automation.PSArgumentException"))
      return []
    }
    let items = value.enumerated
    guard !properties.isEmpty else { return items }
    return try items.map { item in
      let target: PSObject
      if case .object(let object) = item {
        target = object
      } else {
        target = PSObject(typeNames: item.typeNameChain)
        target.baseValue = item
        target.stringValue = { item.toText() }
      }
      for expression in properties {
        for property in expression.expandedNames(on: input) {
          let value = try expression.evaluate(input, context: context) ?? .null
          let label = expression.label ?? property
          if target.property(label) != nil {
            try context.writeError(
              context.errorRecord(
                "AlreadyExistingUserSpecifiedPropertyExpand",
                "The property cannot be processed because the property \"\(label)\" already "
                  + "exists.", category: .invalidOperation, target: item,
                exceptionType: "System.Management.Automation.PSArgumentException"))
            continue
          }
          let propertyValue =
            expression.label == nil
            ? (ObjectProperties.value(of: input, named: property) ?? .null)
            : value
          target.set(label, propertyValue)
        }
      }
      return .object(target)
    }
  }

  /// `Selected.<type>` followed by PSCustomObject's names (PowerShell's Select-Object rule).
  static func selectedTypeNames(of input: Value) -> [String] {
    var original = input.dotNetType.fullName
    if case .object(let object) = input.unwrapped, object.baseValue == nil {
      original =
        object.typeNames.contains("System.Management.Automation.PSCustomObject")
        ? "System.Management.Automation.PSCustomObject" : object.typeName
    }
    return [
      "Selected." + original, "System.Management.Automation.PSCustomObject", "System.Object",
    ]
  }

  /// -Unique's test: objects built by Select-Object compare property by property.
  static func isSame(_ a: Value, _ b: Value, caseSensitive: Bool) -> Bool {
    if case .object(let left) = a, case .object(let right) = b, left.baseValue == nil,
      right.baseValue == nil
    {
      if left === right { return true }
      let names = left.propertyNames
      guard names.count == right.propertyNames.count else { return false }
      return names.allSatisfy { name in
        guard let other = right.value(of: name) else { return false }
        return Operators.areEqual(
          left.value(of: name) ?? .null, other, caseSensitive: caseSensitive)
      }
    }
    return a.dotNetType.fullName == b.dotNetType.fullName
      && Operators.areEqual(a, b, caseSensitive: caseSensitive)
  }
}
