import Testing

@testable import ShellCore

/// How values become a program's argv: Standard argument passing, and the words after `--%`.
@Suite struct NativeArgumentTests {
  @Test(arguments: [
    (Value.string("a b"), ["a b"]),
    (.string(""), [""]),
    (.null, []),
    (.int(7), ["7"]),
    (.bool(true), ["True"]),
    (.string("say \"hi\""), ["say \"hi\""]),
    (.array([.string("x"), .null, .string(""), .int(2)]), ["x", "", "2"]),
  ])
  func eachValueIsOneArgumentHoldingItsText(_ value: Value, _ words: [String]) {
    #expect(NativeArguments.words(of: value) == words)
  }

  @Test func aNumberKeepsTheSpellingItWasTypedWith() {
    let typed = Value.numberWithText(.int(16), text: "0x10")
    #expect(NativeArguments.words(of: typed) == ["0x10"])
  }

  @Test func aParameterPassesAsText() {
    #expect(NativeArguments.words(ofParameter: "la", value: nil) == ["-la"])
    #expect(NativeArguments.words(ofParameter: "o", value: .string("x")) == ["-o:x"])
    #expect(
      NativeArguments.words(ofParameter: "o", value: .array([.string("a"), .string("b")]))
        == ["-o:a", "b"])
    #expect(NativeArguments.words(ofParameter: "o", value: .null) == ["-o:"])
  }

  @Test(arguments: [
    ("a b  c", ["a", "b", "c"]),
    ("  lead and trail  ", ["lead", "and", "trail"]),
    ("\"two words\" x", ["two words", "x"]),
    ("a\"b c\"d", ["ab cd"]),
    ("\"\"", [""]),
    ("say \\\"hi\\\"", ["say", "\"hi\""]),
    ("C:\\dir\\file", ["C:\\dir\\file"]),
    ("", []),
  ])
  func textAfterStopParsingSplitsLikeACommandLine(_ text: String, _ words: [String]) {
    #expect(NativeArguments.verbatimWords(text, environment: [:]) == words)
  }

  @Test(arguments: [
    ("%NAME%", "value"),
    ("x%NAME%y", "xvaluey"),
    ("%MISSING%", "%MISSING%"),
    ("100%", "100%"),
    ("%%NAME%", "%value"),
    ("%MISSING%NAME%", "%MISSINGvalue"),
  ])
  func percentNamesAnEnvironmentVariable(_ text: String, _ expanded: String) {
    #expect(NativeArguments.expandingVariables(text, environment: ["NAME": "value"]) == expanded)
  }
}
