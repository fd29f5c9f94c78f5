import ShellCore

/// Select-String -Context: the lines around each selected line, as PowerShell's context
/// trackers collect them.
///
/// Each MatchInfo gets two pairs of lists. PreContext and PostContext are simply the lines
/// before and after it, selected or not. DisplayPreContext and DisplayPostContext are what its
/// display shows, so that no line is shown twice: the post-context of a match stops at the
/// next selected line, and the pre-context holds only lines after the previous match's
/// displayed post-context.
struct SelectStringContext {
  let before: Int
  let after: Int

  /// The context of one selected line.
  struct Lines {
    var pre: [String] = []
    var post: [String] = []
    var displayPre: [String] = []
    var displayPost: [String] = []
  }

  /// Reads -Context: one number for both sides, or two (before, after).
  init?(_ argument: Value?) {
    guard let argument, !argument.isNull else { return nil }
    let numbers = argument.enumerated.map { $0.intValue ?? 0 }
    guard let first = numbers.first else { return nil }
    before = first
    after = numbers.count > 1 ? numbers[1] : first
  }

  /// True when there is any context to collect.
  var isEmpty: Bool { before == 0 && after == 0 }

  /// The context of every selected line of a source, keyed by the line's index.
  func contexts(of lines: [String], selected: [Bool]) -> [Int: Lines] {
    var result: [Int: Lines] = [:]
    for (index, isSelected) in selected.enumerated() where isSelected {
      var context = Lines()
      context.pre = Array(lines[max(0, index - before)..<index])
      context.post = Array(lines[(index + 1)..<min(lines.count, index + 1 + after)])
      result[index] = context
    }
    // The display context, tracked line by line as PowerShell's DisplayContextTracker does.
    var preBuffer: [String] = []
    var postBuffer: [String] = []
    var current: Int?
    var collectingPost = false
    func finish() {
      if let index = current {
        result[index]?.displayPre = preBuffer
        result[index]?.displayPost = postBuffer
      }
      preBuffer = []
      postBuffer = []
      current = nil
      collectingPost = false
    }
    for (index, line) in lines.enumerated() {
      if selected[index] {
        if collectingPost { finish() }
        current = index
        if after > 0 { collectingPost = true } else { finish() }
      } else if collectingPost {
        postBuffer.append(line)
        if postBuffer.count >= after { finish() }
      } else if before > 0 {
        preBuffer.append(line)
        if preBuffer.count > before { preBuffer.removeFirst() }
      }
    }
    if collectingPost { finish() }
    return result
  }

  /// The MatchInfoContext object of a MatchInfo.
  static func object(_ lines: Lines) -> Value {
    let context = PSObject(typeNames: [
      "Microsoft.PowerShell.Commands.MatchInfoContext", "System.Object",
    ])
    context.set("PreContext", .array(lines.pre.map(Value.string)))
    context.set("PostContext", .array(lines.post.map(Value.string)))
    context.set("DisplayPreContext", .array(lines.displayPre.map(Value.string)))
    context.set("DisplayPostContext", .array(lines.displayPost.map(Value.string)))
    context.stringValue = { "Microsoft.PowerShell.Commands.MatchInfoContext" }
    return .object(context)
  }
}
