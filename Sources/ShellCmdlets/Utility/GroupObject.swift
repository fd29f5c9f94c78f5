import ShellCore

/// Group-Object (`group`): groups objects that have the same property values.
///
/// Each group is a `Microsoft.PowerShell.Commands.GroupInfo` with Values, Count, Group and
/// Name (the values joined with ", "). Groups come out sorted by their values, as PowerShell 7
/// sorts them; when the values are of different types the groups keep the order in which they
/// first appeared.
final class GroupObject: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Group-Object",
    synopsis: "Groups objects that contain the same value for specified properties.",
    description: """
      Puts objects with equal values of the -Property keys (names, script blocks or \
      @{Expression=...} hashtables) into one group; without -Property the objects themselves \
      are the keys. Strings compare without regard to case unless -CaseSensitive is given. \
      -NoElement leaves the Group property empty; -AsHashTable returns one hashtable from key \
      to group instead of GroupInfo objects, with string keys under -AsString.
      """,
    parameters: [
      ParameterDeclaration("InputObject", .any, pipeline: .byValue, help: "The objects to group."),
      ParameterDeclaration(
        "Property", .anyArray, position: 0,
        help: "The grouping keys: property names, script blocks or calculated properties."),
      ParameterDeclaration(
        "NoElement", .switchParameter, help: "Omits the members of each group from the output."),
      ParameterDeclaration(
        "AsHashTable", .switchParameter, aliases: ["AHT"],
        help: "Returns a hashtable whose keys are the grouping values and whose values are the "
          + "groups."),
      ParameterDeclaration(
        "AsString", .switchParameter, help: "With -AsHashTable, converts the keys to strings."),
      ParameterDeclaration(
        "CaseSensitive", .switchParameter, help: "Groups strings with regard to case."),
      ParameterDeclaration(
        "Culture", .string, help: "Accepted for compatibility; strings compare culture-invariantly."
      ),
    ],
    examples: [
      CmdletExample(
        "'a', 'b', 'a' | Group-Object | ForEach-Object { \"$($_.Name)=$($_.Count)\" }",
        remarks: "Counts equal strings.", prints: "a=2\nb=1\n"),
      CmdletExample(
        "$h = 1..6 | group { $_ % 2 } -AsHashTable\n$h[0] -join ','",
        remarks: "Groups numbers into a hashtable by remainder.", prints: "2,4,6\n"),
    ],
    module: "Microsoft.PowerShell.Utility", outputType: CoreOutputTypes.groupInfo)

  /// One group being built.
  private final class Group {
    let keys: [Value?]
    var members: [Value] = []
    let position: Int

    init(keys: [Value?], position: Int) {
      self.keys = keys
      self.position = position
    }
  }

  private var expressions: [PropertyExpression] = []
  private var groups: [Group] = []
  /// Groups by the text of their keys (folded unless case-sensitive), for fast lookup.
  private var buckets: [String: [Group]] = [:]
  private var isCaseSensitive = false

  required init() {}

  func begin(_ context: CommandContext) throws {
    expressions = try PropertyExpression.parse(
      context.parameters["Property"], keys: .expression, context: context)
    isCaseSensitive = context.parameters.isSet("CaseSensitive")
  }

  func process(_ context: CommandContext) throws {
    guard let input = context.input ?? context.parameters["InputObject"] else { return }
    let keys: [Value?] =
      expressions.isEmpty
      ? [input] : try expressions.map { try $0.evaluate(input, context: context) }
    var text = Self.name(of: keys)
    if !isCaseSensitive { text = text.lowercased() }
    let group: Group
    if let existing = buckets[text]?.first(where: { matches($0.keys, keys) }) {
      group = existing
    } else {
      group = Group(keys: keys, position: groups.count)
      groups.append(group)
      buckets[text, default: []].append(group)
    }
    group.members.append(input)
  }

  func end(_ context: CommandContext) throws {
    let ordered = sortedGroups()
    let parameters = context.parameters
    if parameters.isSet("AsHashTable") {
      let table = PSHashtable()
      for group in ordered {
        let key: Value
        if parameters.isSet("AsString") || group.keys.count != 1 {
          key = .string(Self.name(of: group.keys))
        } else {
          key = group.keys[0] ?? .string("")
        }
        table[key] = .array(group.members)
      }
      try context.write(.hashtable(table))
      return
    }
    let noElement = parameters.isSet("NoElement")
    for group in ordered {
      try context.write(.object(Self.groupInfo(group.keys, group.members, noElement: noElement)))
    }
  }

  private func matches(_ a: [Value?], _ b: [Value?]) -> Bool {
    zip(a, b).allSatisfy {
      ObjectSorter.compareKey($0, $1, caseSensitive: isCaseSensitive, descending: false) == 0
    }
  }

  /// The groups sorted by key when all keys are of one type, else in order of appearance.
  private func sortedGroups() -> [Group] {
    let types = Set(groups.flatMap { $0.keys.map { $0?.unwrapped.dotNetType.fullName ?? "" } })
    guard types.count <= groups.first.map({ max(1, $0.keys.count) }) ?? 1 else { return groups }
    return groups.sorted { a, b in
      for (left, right) in zip(a.keys, b.keys) {
        let order = ObjectSorter.compareKey(
          left, right, caseSensitive: isCaseSensitive, descending: false)
        if order != 0 { return order < 0 }
      }
      return a.position < b.position
    }
  }

  /// The group's Name: its values as text, joined with ", ".
  static func name(of keys: [Value?]) -> String {
    keys.map { $0?.toText() ?? "" }.joined(separator: ", ")
  }

  /// A GroupInfo (or GroupInfoNoElement) object.
  static func groupInfo(_ keys: [Value?], _ members: [Value], noElement: Bool) -> PSObject {
    var typeNames = ["Microsoft.PowerShell.Commands.GroupInfo", "System.Object"]
    if noElement { typeNames.insert("Microsoft.PowerShell.Commands.GroupInfoNoElement", at: 0) }
    let info = PSObject(typeNames: typeNames)
    info.set("Values", .array(keys.map { $0 ?? .null }))
    info.set("Count", .int(Int32(clamping: members.count)))
    info.set("Group", .array(noElement ? [] : members))
    info.set("Name", .string(name(of: keys)))
    let typeName = typeNames[0]
    info.stringValue = { typeName }
    return info
  }
}
