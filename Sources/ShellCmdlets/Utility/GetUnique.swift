import ShellCore

/// Get-Unique (`gu`): drops each object that equals the one just before it.
///
/// Only adjacent duplicates are removed, as in PowerShell, so the input is usually sorted
/// first. Objects are compared as Sort-Object compares them, with strings compared with
/// regard to case unless -CaseInsensitive is given; -AsString compares the objects' text and
/// -OnType their type names.
final class GetUnique: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-Unique",
    synopsis: "Returns unique items from a sorted list.",
    description: """
      Writes each input object unless it equals the object written just before it; duplicates \
      that are not next to each other are kept, so sort the input first. Strings compare with \
      regard to case unless -CaseInsensitive is given. -AsString compares the objects as text; \
      -OnType keeps one object of each run of objects of the same type.
      """,
    parameters: [
      ParameterDeclaration(
        "InputObject", .any, pipeline: .byValue, help: "The objects to filter."),
      ParameterDeclaration(
        "AsString", .switchParameter, sets: ["AsString"],
        help: "Compares the objects as strings."),
      ParameterDeclaration(
        "OnType", .switchParameter, sets: ["UniqueByType"],
        help: "Returns one object of each run of objects of the same type."),
      ParameterDeclaration(
        "CaseInsensitive", .switchParameter, help: "Compares strings without regard to case."),
    ],
    defaultParameterSet: "AsString",
    examples: [
      CmdletExample(
        "1, 1, 2, 2, 1 | Get-Unique", remarks: "Only adjacent duplicates are removed.",
        prints: "1\n2\n1\n"),
      CmdletExample(
        "'a', 'A', 'b' | Get-Unique -CaseInsensitive",
        remarks: "Treats strings that differ only in case as equal.", prints: "a\nb\n"),
      CmdletExample(
        "1, 2, 'x', 3 | Get-Unique -OnType",
        remarks: "Keeps the first object of each run of one type.", prints: "1\nx\n3\n"),
    ],
    module: "Microsoft.PowerShell.Utility")

  private var last: Value?
  private var lastText: String?
  private var lastType: String?

  required init() {}

  func process(_ context: CommandContext) throws {
    guard let input = context.input ?? context.parameters["InputObject"] else { return }
    let parameters = context.parameters
    let caseSensitive = !parameters.isSet("CaseInsensitive")
    if parameters.isSet("AsString") {
      let text = input.toText()
      defer { lastText = text }
      if let lastText {
        let same = caseSensitive ? lastText == text : lastText.lowercased() == text.lowercased()
        if same { return }
      }
    } else if parameters.isSet("OnType") {
      let type = input.unwrapped.dotNetType.fullName
      defer { lastType = type }
      if lastType == type { return }
    } else {
      defer { last = input }
      if let last,
        ObjectSorter.compareKey(last, input, caseSensitive: caseSensitive, descending: false) == 0
      {
        return
      }
    }
    try context.write(input)
  }
}
