import Testing

@testable import ShellCmdlets
@testable import ShellCore

/// Table tests for the JSON and CSV readers and writers behind the data cmdlets.
@Suite struct DataCmdletTests {
  @Test(arguments: [
    ("x", "Unexpected character encountered while parsing value: x. Path '', line 0, position 0."),
    (
      "{\"a\": x}",
      "Unexpected character encountered while parsing value: x. Path 'a', line 1, position 6."
    ),
    ("[1, 2", "Unexpected end when reading JSON. Path '[1]', line 1, position 5."),
    (
      "{\"a\" 1}",
      "Invalid character after parsing property name. Expected ':' but got: 1. Path 'a', line 1, position 5."
    ),
    (
      "{} {",
      "Additional text encountered after finished reading JSON content: {. Path '', line 1, position 3."
    ),
    ("\"abc", "Unterminated string. Expected delimiter: \". Path '', line 1, position 4."),
    (
      "[1 2]",
      "After parsing a value an unexpected character was encountered: 2. Path '[0]', line 1, position 3."
    ),
    ("{\"a\":\n  tru}", "Error parsing boolean value. Path 'a', line 2, position 2."),
  ])
  func invalidJsonGivesNewtonsoftMessage(_ input: String, _ message: String) {
    var parser = JsonParser(input, objectKind: .customObject)
    do {
      _ = try parser.parseDocument()
      Issue.record("\(input) parsed without an error")
    } catch let error as JsonParser.SyntaxError {
      #expect(error.message == message)
    } catch {
      Issue.record("unexpected error \(error)")
    }
  }

  @Test func jsonObjectKeepsMemberOrder() throws {
    var parser = JsonParser("{\"z\":1,\"a\":2,\"m\":3}", objectKind: .customObject)
    let value = try #require(try parser.parseDocument())
    #expect(value.psObject?.propertyNames == ["z", "a", "m"])
  }

  @Test(arguments: [
    (0.1, "0.1"), (1.0, "1.0"), (1e20, "1E+20"), (1e15, "1E+15"), (1e14, "100000000000000.0"),
    (0.0001, "0.0001"), (0.00001, "1E-05"), (-2.5, "-2.5"),
    (0.30000000000000004, "0.30000000000000004"),
  ])
  func doublesPrintAsNewtonsoftWritesThem(_ number: Double, _ text: String) {
    guard case .literal(let written) = JsonSerializer.double(number) else {
      Issue.record("\(number) was not written as a number")
      return
    }
    #expect(written == text)
  }

  @Test func csvRecordsFollowRfc4180() {
    let reader = CsvReader()
    let records = reader.records("a,\"b,c\",\"say \"\"hi\"\"\"\n\n\"two\nlines\",,x\r\nlast")
    #expect(records == [["a", "b,c", "say \"hi\""], ["two\nlines", "", "x"], ["last"]])
  }

  @Test func csvEmptyHeaderNamesBecomeNumbered() {
    #expect(CsvReader.columnNames(["a", "", "b", ""]) == ["a", "H1", "b", "H2"])
  }
}
