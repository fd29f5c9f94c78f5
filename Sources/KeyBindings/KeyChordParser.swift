/// Reads chord text such as `Ctrl+x,Ctrl+u` or `Shift+F8`, as PSReadLine's
/// ConsoleKeyChordConverter does: at most two keys separated by a comma, each with `Shift`,
/// `Ctrl` (or `Control`) and `Alt` modifiers joined by `+` or `-`, case-insensitively.
public enum KeyChordParser {
  /// The System.ConsoleKey names a chord may use besides single characters.
  static let keyNames = [
    "Backspace", "Delete", "DownArrow", "End", "Enter", "Escape", "F1", "F2", "F3", "F4", "F5",
    "F6", "F7", "F8", "F9", "F10", "F11", "F12", "F13", "F14", "F15", "F16", "F17", "F18",
    "F19", "F20", "F21", "F22", "F23", "F24", "Home", "Insert", "LeftArrow", "PageDown",
    "PageUp", "RightArrow", "Spacebar", "Tab", "UpArrow",
  ]

  /// The chord `text` names, or PSReadLine's error for it.
  public static func parse(_ text: String) throws(KeyChordError) -> KeyChord {
    let characters = Array(text)
    guard !characters.isEmpty else { throw .invalidSequence(text) }
    var start = 0
    let first = try oneKey(characters, &start, chord: text)
    if start >= characters.count { return KeyChord(first) }
    guard characters[start] == "," else { throw .invalidSequence(text) }
    start += 1
    let second = try oneKey(characters, &start, chord: text)
    guard start >= characters.count else { throw .invalidSequence(text) }
    return KeyChord([first, second])
  }

  private enum Modifier: String {
    case shift = "Shift"
    case control = "Control"
    case alt = "Alt"
  }

  private static func oneKey(_ characters: [Character], _ start: inout Int, chord: String)
    throws(KeyChordError) -> KeyPress
  {
    var modifiers: Set<Modifier> = []
    while start < characters.count {
      if let modifier = modifier(characters, &start) {
        guard modifiers.insert(modifier).inserted else {
          throw .invalidModifier(modifier.rawValue, chord)
        }
        guard start < characters.count else { throw .unrecognizedKey(chord) }
        guard characters[start] == "+" || characters[start] == "-" else {
          throw .invalidSequence(chord)
        }
        start += 1
        continue
      }
      let rest = characters[start...]
      let input: String
      if rest.first == "," {
        input = ","
      } else if let comma = rest.firstIndex(of: ",") {
        input = String(characters[start..<comma])
      } else {
        input = String(rest)
      }
      start += input.count
      guard let key = key(input, modifiers) else { throw .unrecognizedKey(input) }
      return key
    }
    throw .invalidSequence(chord)
  }

  /// The modifier word at `start`, consumed; nil (consuming nothing) if there is none.
  private static func modifier(_ characters: [Character], _ start: inout Int) -> Modifier? {
    let words: [(String, Modifier)] = [
      ("shift", .shift), ("control", .control), ("ctrl", .control), ("alt", .alt),
    ]
    for (word, modifier) in words {
      let end = start + word.count
      guard end <= characters.count,
        String(characters[start..<end]).lowercased() == word
      else { continue }
      start = end
      return modifier
    }
    return nil
  }

  private static func key(_ input: String, _ modifiers: Set<Modifier>) -> KeyPress? {
    var control = modifiers.contains(.control)
    var alt = modifiers.contains(.alt)
    let shift = modifiers.contains(.shift)
    if input.count == 1, let character = input.first {
      if character == " " {
        return KeyPress("Spacebar", shift: shift, control: control, alt: alt)
      }
      // Ctrl with Alt on a key Ctrl cannot turn into a control character is AltGr.
      let controllable = character.isLetter || "@[\\]^_".contains(character)
      if control, alt, !(character.isASCII && controllable) {
        control = false
        alt = false
      }
      return KeyPress(input, control: control, alt: alt)
    }
    guard let name = keyNames.first(where: { $0.lowercased() == input.lowercased() }) else {
      return nil
    }
    return KeyPress(name, shift: shift, control: control, alt: alt)
  }
}

/// A chord that cannot be read, with PSReadLine's message for it (an ArgumentException).
public enum KeyChordError: Error, Equatable {
  case invalidSequence(String)
  case unrecognizedKey(String)
  case invalidModifier(String, String)

  public var message: String {
    switch self {
    case .invalidSequence(let chord): return "Invalid sequence '\(chord)'."
    case .unrecognizedKey(let key):
      return "Unrecognized key '\(key)'. Please use a character literal or a well-known key "
        + "name from the System.ConsoleKey enumeration."
    case .invalidModifier(let modifier, let chord):
      return "Duplicate or invalid modifier token '\(modifier)' for key '\(chord)'."
    }
  }
}
