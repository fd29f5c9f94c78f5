import Testing

@testable import ShellCore

/// `[guid]` casts, and so `[Guid]` parameters, read the forms .NET's Guid.Parse reads and
/// give the lower-case hyphenated form.
@Test(arguments: [
  "9792D5D0-7815-4880-85E2-3E5DE264452E", "9792d5d07815488085e23e5de264452e",
  "{9792d5d0-7815-4880-85e2-3e5de264452e}", "(9792d5d0-7815-4880-85e2-3e5de264452e)",
])
func guidCastAcceptsTheParseForms(_ text: String) {
  #expect(outputLines("[guid]'\(text)'") == ["9792d5d0-7815-4880-85e2-3e5de264452e"])
}

@Test(arguments: [
  "nope", "9792d5d0-7815-4880-85e2-3e5de26445", "{9792d5d07815488085e23e5de264452e}",
  "9792d5d0-7815-4880-85e2-3e5de264452g", "9792d5d0-78154-880-85e2-3e5de264452e",
])
func guidCastRejectsOtherText(_ text: String) {
  let result = runShell("[guid]'\(text)'")
  #expect(result.output == "")
  #expect(
    result.errors.contains(
      "Cannot convert value \"\(text)\" to type \"System.Guid\". "
        + "Error: \"Unrecognized Guid format.\""))
  #expect(outputLines("$null -eq ('\(text)' -as [guid])") == ["True"])
}
