import Foundation
import Testing

@testable import ShellCmdlets
@testable import ShellCore

/// CLIXML's text forms and a write-then-read round trip of the serializer.
@Suite struct ClixmlTests {
  @Test(arguments: [
    ("plain", "plain"), ("a\nb", "a_x000A_b"), ("tab\there", "tab_x0009_here"),
    ("_x_", "_x005F_x_"), ("_X", "_x005F_X"), ("a_b", "a_b"), ("\u{7F}", "_x007F_"),
  ])
  func stringsEscapeAsPwshDoes(_ text: String, _ encoded: String) {
    #expect(ClixmlText.encode(text) == encoded)
    #expect(ClixmlText.decode(encoded) == text)
  }

  static let durations: [(Int64, String)] = [
    (0, "PT0S"), (10_000_000, "PT1S"), (36_005_000_000, "PT1H0.5S"),
    (1_728_600_000_000, "P2DT1M"), (-10_000_000, "-PT1S"), (1, "PT0.0000001S"),
  ]

  @Test(arguments: durations)
  func durationsUseXmlSchemaForm(_ ticks: Int64, _ text: String) {
    #expect(ClixmlText.duration(TimeSpan(ticks: ticks)) == text)
    #expect(ClixmlValues.duration(text)?.ticks == ticks)
  }

  @Test func datesKeepTheirKind() throws {
    let utc = try #require(
      DateTimeValue(
        year: 2024, month: 5, day: 6, hour: 7, minute: 8, second: 9, fraction: 1_230_000, kind: .utc
      ))
    #expect(ClixmlText.dateTime(utc) == "2024-05-06T07:08:09.123Z")
    #expect(ClixmlValues.dateTime("2024-05-06T07:08:09.123Z") == utc)
    let plain = try #require(DateTimeValue(year: 2001, month: 1, day: 2))
    #expect(ClixmlText.dateTime(plain) == "2001-01-02T00:00:00")
    #expect(ClixmlValues.dateTime("2001-01-02T00:00:00")?.kind == .unspecified)
  }

  @Test(arguments: [(0.5, "0.5"), (1.0, "1"), (Double.infinity, "INF"), (-Double.infinity, "-INF")])
  func doublesUseXmlConvertForm(_ value: Double, _ text: String) {
    #expect(ClixmlText.double(value) == text)
    #expect(ClixmlValues.double(text) == value)
  }

  @Test func secureStringsAreTheirUtf16BytesInHexadecimal() {
    #expect(ClixmlText.protect("P@ss") == "5000400073007300")
    #expect(ClixmlText.protect("\u{20AC}") == "ac20")
    #expect(ClixmlText.unprotect("5000400073007300") == "P@ss")
    #expect(ClixmlText.unprotect("500") == nil)
    #expect(ClixmlText.unprotect("zz00") == nil)
  }

  @Test func nestingBeyondTheLimitIsWrittenAsPwshsMessage() {
    var value = Value.array([.int(1)])
    for _ in 0..<60 { value = .array([value]) }
    let text = ClixmlWriter.document([value], depth: 2)
    #expect(text.contains("<S>Serialized XML is nested too deeply.</S>"))
  }

  @Test func typedObjectsBelowTheDepthAreTheirString() {
    let inner = PSObject(typeNames: ["Contoso.Item", "System.Object"])
    inner.stringValue = { "inner text" }
    inner.set("Size", .int(1))
    let outer = PSObject(typeNames: ["Contoso.Box", "System.Object"])
    outer.set("Item", .object(inner))
    let shallow = ClixmlWriter.document([.object(outer)], depth: 1)
    #expect(shallow.contains("<S N=\"Item\">inner text</S>"))
    let deep = ClixmlWriter.document([.object(outer)], depth: 2)
    #expect(deep.contains("<Obj N=\"Item\" RefId=\"1\">"))
    #expect(deep.contains("<ToString>inner text</ToString>"))
    #expect(deep.contains("<I32 N=\"Size\">1</I32>"))
  }

  @Test func readingRefusesAnUnknownReference() {
    let text =
      "<Objs Version=\"1.1.0.1\" xmlns=\"\(ClixmlText.namespace)\"><Ref RefId=\"7\" /></Objs>"
    #expect(throws: ClixmlReader.Failure.self) { try ClixmlReader.read(text) }
  }

  @Test func customObjectsRoundTripAsDeserialized() throws {
    let object = PSObject()
    object.set("Name", .string("a<b"))
    object.set("List", .array([.int(1), .long(2)]))
    let text = ClixmlWriter.document([.object(object)], depth: 2)
    let back = try ClixmlReader.read(text)
    guard case .object(let read) = try #require(back.first) else {
      Issue.record("not an object")
      return
    }
    #expect(read.typeNames.first == "Deserialized.System.Management.Automation.PSCustomObject")
    #expect(read.value(of: "Name")?.toText() == "a<b")
    #expect(read.value(of: "List")?.enumerated.count == 2)
  }
}

/// ConvertTo-Html's encoding of values, as .NET's WebUtility.HtmlEncode.
@Suite struct HtmlMarkupTests {
  @Test(arguments: [
    ("a<b>&\"'", "a&lt;b&gt;&amp;&quot;&#39;"), ("caf\u{E9}", "caf&#233;"),
    ("\u{1F600}", "&#128512;"), ("\u{100}", "\u{100}"), ("plain", "plain"),
  ])
  func encodesAsWebUtility(_ text: String, _ encoded: String) {
    #expect(HtmlMarkup.encode(text) == encoded)
  }
}
