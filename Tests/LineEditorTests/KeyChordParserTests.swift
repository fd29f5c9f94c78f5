import Testing

@testable import KeyBindings

/// Chord text is read, written back and refused as PSReadLine does.
@Suite struct KeyChordParserTests {
  @Test(arguments: [
    ("Ctrl+a", "Ctrl+a"), ("ctrl+A", "Ctrl+A"), ("Control-x,Control-u", "Ctrl+x,Ctrl+u"),
    ("Alt+b", "Alt+b"), ("shift+f8", "Shift+F8"), ("Ctrl+leftarrow", "Ctrl+LeftArrow"),
    ("Ctrl+Alt+Shift+Home", "Shift+Ctrl+Alt+Home"), ("Alt+,", "Alt+,"), ("Ctrl+x,,", "Ctrl+x,,"),
    ("Ctrl+ ", "Ctrl+Spacebar"), ("F8", "F8"),
  ])
  func chordTextRoundTrips(_ text: String, _ expected: String) throws {
    #expect(try KeyChordParser.parse(text).text == expected)
  }

  @Test func badChordsGivePSReadLineErrors() {
    #expect(throws: KeyChordError.unrecognizedKey("Foo")) { try KeyChordParser.parse("Ctrl+Foo") }
    #expect(throws: KeyChordError.unrecognizedKey("Ctrl")) { try KeyChordParser.parse("Ctrl") }
    #expect(throws: KeyChordError.invalidModifier("Control", "Ctrl+Ctrl+a")) {
      try KeyChordParser.parse("Ctrl+Ctrl+a")
    }
    #expect(throws: KeyChordError.invalidSequence("a,b,c")) { try KeyChordParser.parse("a,b,c") }
    #expect(
      KeyChordError.unrecognizedKey("Foo").message
        == "Unrecognized key 'Foo'. Please use a character literal or a well-known key name "
        + "from the System.ConsoleKey enumeration.")
  }

  @Test func everyDefaultBindingParses() {
    #expect(EditorConfiguration().bindings.count == EditorConfiguration.emacsDefaults.count)
  }

  @Test func chordsAreStoredAsTheTerminalSendsThem() throws {
    let configuration = EditorConfiguration()
    configuration.bind(try KeyChordParser.parse("Ctrl+h"), to: .yank)
    #expect(configuration.function(for: try KeyChordParser.parse("Ctrl+Backspace")) == .yank)
    configuration.bind(try KeyChordParser.parse("Escape,q"), to: .killWord)
    #expect(configuration.function(for: try KeyChordParser.parse("Alt+q")) == .killWord)
  }
}
