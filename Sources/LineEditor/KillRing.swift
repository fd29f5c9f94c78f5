/// The texts that kill functions removed, for Yank and YankPop (PSReadLine keeps ten).
///
/// Kills made one after another join into one entry, the way Emacs and PSReadLine join them:
/// a backward kill goes in front, a forward kill after.
struct KillRing: Equatable {
  static let capacity = 10

  private(set) var items: [String] = []
  private var position = 0

  /// Records killed text; `joining` adds it to the newest entry instead of a new one.
  mutating func kill(_ text: String, joining: Bool, backward: Bool) {
    guard !text.isEmpty else { return }
    if joining, let last = items.last {
      items[items.count - 1] = backward ? text + last : last + text
    } else {
      items.append(text)
      if items.count > Self.capacity { items.removeFirst() }
    }
    position = items.count - 1
  }

  /// The entry Yank inserts: the newest, or the one YankPop moved to.
  var current: String? { items.isEmpty ? nil : items[position] }

  /// Steps to the next older entry (wrapping around) for YankPop and returns it.
  mutating func rotate() -> String? {
    guard !items.isEmpty else { return nil }
    position = position == 0 ? items.count - 1 : position - 1
    return items[position]
  }

  /// Makes the newest entry current again, as a new yank starts from it.
  mutating func resetPosition() {
    position = max(items.count - 1, 0)
  }
}
