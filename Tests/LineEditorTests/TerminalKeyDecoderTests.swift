import KeyBindings
import Testing

@testable import LineEditor

/// Every escape form terminals send for a key decodes to that key, and unknown sequences are
/// read whole.
@Suite struct TerminalKeyDecoderTests {
  /// Decodes `sequence` (what follows the escape) and checks nothing is left unread.
  static func decode(_ sequence: String) -> (TerminalInput, leftover: Int) {
    var scalars = sequence.unicodeScalars.makeIterator()
    var rest: [Unicode.Scalar] = []
    let input = TerminalKeyDecoder.decodeEscape { scalars.next() }
    while let scalar = scalars.next() { rest.append(scalar) }
    return (input, rest.count)
  }

  @Test(arguments: [
    ("[1;5D", "Ctrl+LeftArrow"), ("[5D", "Ctrl+LeftArrow"), ("Od", "Ctrl+LeftArrow"),
    ("[1;5C", "Ctrl+RightArrow"), ("[5C", "Ctrl+RightArrow"), ("Oc", "Ctrl+RightArrow"),
    ("[1;3D", "Alt+LeftArrow"), ("\u{1B}[D", "Alt+LeftArrow"), ("[1;3C", "Alt+RightArrow"),
    ("[D", "LeftArrow"), ("OD", "LeftArrow"), ("[A", "UpArrow"), ("OA", "UpArrow"),
    ("[H", "Home"), ("[1~", "Home"), ("[7~", "Home"), ("OH", "Home"),
    ("[F", "End"), ("[4~", "End"), ("[8~", "End"), ("OF", "End"),
    ("[3~", "Delete"), ("[3;5~", "Ctrl+Delete"), ("[3^", "Ctrl+Delete"), ("[5~", "PageUp"),
    ("[6~", "PageDown"), ("OP", "F1"), ("[11~", "F1"), ("[[A", "F1"), ("[19~", "F8"),
    ("[19;2~", "Shift+F8"), ("[24~", "F12"), ("[Z", "Shift+Tab"), ("b", "Alt+b"),
    ("\u{7F}", "Alt+Backspace"), ("\u{8}", "Ctrl+Alt+Backspace"), ("<", "Alt+<"),
    ("[127;5u", "Ctrl+Backspace"),
  ])
  func sequenceDecodesToKey(_ sequence: String, _ key: String) {
    let (input, leftover) = Self.decode(sequence)
    guard case .key(let decoded) = input else {
      Issue.record("\(sequence.debugDescription) gave \(input)")
      return
    }
    #expect(decoded.text == key, "\(sequence.debugDescription)")
    #expect(leftover == 0)
  }

  @Test func unknownSequencesAreReadToTheirFinalByte() {
    let (input, leftover) = Self.decode("[1;5Xrest")
    #expect(input == .unknown("[1;5X"))
    #expect(leftover == 4)
    #expect(Self.decode("[?1;2c").0 == .unknown("[?1;2c"))
    #expect(Self.decode("[99~").0 == .unknown("[99~"))
  }

  @Test func pasteMarkersAreRecognized() {
    #expect(Self.decode("[200~").0 == .pasteStart)
    #expect(Self.decode("[201~").0 == .pasteEnd)
  }
}
