/// The key bindings and options of a line editor, shared with the PSReadLine cmdlets.
///
/// A session owns one configuration; its editor re-applies the bindings to libedit before a
/// read whenever they have changed. Chords are stored as the terminal sends them: a key that
/// is one control byte takes that byte's name (`Ctrl+h` is `Ctrl+Backspace`, `Ctrl+m` is
/// `Enter`), and `Escape,b` is `Alt+b`.
public final class EditorConfiguration {
  /// The bindings in the order they were made; a chord appears at most once.
  public private(set) var bindings: [(chord: KeyChord, function: EditFunction)] = []
  public var options = EditorOptions() {
    didSet { revision += 1 }
  }
  /// Counts changes, so that an editor knows when to re-apply the bindings.
  public private(set) var revision = 0

  public init() {
    resetBindings()
  }

  /// Replaces every binding with the defaults of the current edit mode.
  public func resetBindings() {
    bindings = []
    let defaults = options.editMode == .vi ? Self.viInsertDefaults : Self.emacsDefaults
    for (text, function) in defaults {
      // The defaults are written in chord syntax; each one parses.
      if let chord = try? KeyChordParser.parse(text) {  // constants: everyDefaultBindingParses
        bind(chord, to: function)
      }
    }
    revision += 1
  }

  /// Binds a chord; a two-key chord takes the place of a binding of its first key, and a
  /// one-key binding removes the chords that start with that key.
  public func bind(_ chord: KeyChord, to function: EditFunction) {
    let chord = Self.normalized(chord)
    if chord.keys.count == 2 {
      bindings.removeAll { $0.chord.keys == [chord.keys[0]] }
    } else {
      bindings.removeAll { $0.chord.keys.count == 2 && $0.chord.keys[0] == chord.keys[0] }
    }
    if let index = bindings.firstIndex(where: { $0.chord == chord }) {
      bindings[index].function = function
    } else {
      bindings.append((chord, function))
    }
    revision += 1
  }

  /// Removes a chord's binding, if it has one.
  public func unbind(_ chord: KeyChord) {
    let chord = Self.normalized(chord)
    bindings.removeAll { $0.chord == chord }
    revision += 1
  }

  /// The function bound to a chord, if any.
  public func function(for chord: KeyChord) -> EditFunction? {
    let chord = Self.normalized(chord)
    return bindings.first { $0.chord == chord }?.function
  }

  /// Whether some two-key chord starts with `key`.
  public func startsChord(_ key: KeyPress) -> Bool {
    bindings.contains { $0.chord.keys.count == 2 && $0.chord.keys[0] == key }
  }

  /// A chord as the terminal sends it (see the type's summary).
  public static func normalized(_ chord: KeyChord) -> KeyChord {
    var keys = chord.keys.map { key -> KeyPress in
      guard let byte = key.singleByte, byte < 0x20 || byte == 0x7F,
        let decoded = KeyPress.control(byte: byte)
      else { return key }
      return decoded
    }
    if keys.count == 2, keys[0] == KeyPress("Escape") {
      keys = [keys[1].withAlt]
    }
    return KeyChord(keys)
  }

  /// PSReadLine's Emacs bindings on Linux for the functions this editor has, plus the keys
  /// PowerShell users expect from Windows: Ctrl+arrows and Alt+arrows move by word,
  /// Ctrl+Backspace deletes a word, and Up and Down search the history for what is typed.
  static let emacsDefaults: [(String, EditFunction)] = [
    ("Enter", .acceptLine), ("Backspace", .backwardDeleteChar),
    ("Ctrl+Backspace", .backwardKillWord), ("Alt+Backspace", .backwardKillWord),
    ("Delete", .deleteChar), ("Ctrl+d", .deleteCharOrExit), ("Ctrl+k", .killLine),
    ("Ctrl+u", .backwardKillInput), ("Ctrl+x,Backspace", .backwardKillInput),
    ("Ctrl+w", .unixWordRubout), ("Alt+d", .killWord), ("Ctrl+y", .yank), ("Alt+y", .yankPop),
    ("Alt+r", .revertLine), ("Ctrl+t", .swapCharacters),
    ("LeftArrow", .backwardChar), ("RightArrow", .forwardChar), ("Ctrl+b", .backwardChar),
    ("Ctrl+f", .forwardChar), ("Home", .beginningOfLine), ("End", .endOfLine),
    ("Ctrl+a", .beginningOfLine), ("Ctrl+e", .endOfLine), ("Alt+b", .backwardWord),
    ("Alt+f", .forwardWord), ("Ctrl+LeftArrow", .backwardWord), ("Ctrl+RightArrow", .nextWord),
    ("Alt+LeftArrow", .backwardWord), ("Alt+RightArrow", .forwardWord),
    ("UpArrow", .historySearchBackward), ("DownArrow", .historySearchForward),
    ("F8", .historySearchBackward), ("Shift+F8", .historySearchForward),
    ("Ctrl+p", .previousHistory), ("Ctrl+n", .nextHistory), ("Alt+<", .beginningOfHistory),
    ("Alt+>", .endOfHistory), ("Ctrl+r", .reverseSearchHistory),
    ("Ctrl+s", .forwardSearchHistory), ("Tab", .complete), ("Alt+=", .possibleCompletions),
    ("Ctrl+l", .clearScreen),
  ]

  /// PSReadLine's Vi insert-mode bindings for the functions this editor has.
  ///
  /// Up, Down and F8 search by prefix as in Emacs mode. Command mode is libedit's vi command
  /// mode.
  static let viInsertDefaults: [(String, EditFunction)] = [
    ("Enter", .acceptLine), ("Ctrl+d", .deleteCharOrExit), ("Escape", .viCommandMode),
    ("LeftArrow", .backwardChar), ("RightArrow", .forwardChar),
    ("Ctrl+LeftArrow", .backwardWord), ("Ctrl+RightArrow", .nextWord),
    ("UpArrow", .historySearchBackward), ("DownArrow", .historySearchForward),
    ("F8", .historySearchBackward), ("Shift+F8", .historySearchForward),
    ("Home", .beginningOfLine), ("End", .endOfLine), ("Delete", .deleteChar),
    ("Backspace", .backwardDeleteChar), ("Tab", .complete), ("Ctrl+u", .backwardKillInput),
    ("Ctrl+l", .clearScreen), ("Ctrl+t", .swapCharacters), ("Ctrl+Backspace", .backwardKillWord),
    ("Ctrl+r", .reverseSearchHistory), ("Ctrl+s", .forwardSearchHistory),
  ]
}
