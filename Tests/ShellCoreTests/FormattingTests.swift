import Testing

@testable import ShellCore
@testable import ShellFormatting

/// Column widths, truncation and row drawing of the formatter (reference §1.3).
@Suite struct FormattingLayoutTests {
  @Test func unknownWidthsShareTheScreenRoundRobin() {
    #expect(TableLayout.fit([0, 0], screenWidth: 119) == [59, 59])
    #expect(TableLayout.fit([30, 0], screenWidth: 119) == [30, 88])
  }

  @Test func tooWideTableShrinksThenHidesTheLastColumn() {
    #expect(TableLayout.fit([5, 38], screenWidth: 29) == [5, 23])
    #expect(TableLayout.fit([27, 1, 1], screenWidth: 29) == [27, 1, -1])
  }

  @Test func measuredWidthIsLabelOrWidestCell() {
    let columns = [
      TableColumn(label: "Name", width: 0, alignment: .left),
      TableColumn(label: "Value", width: 0, alignment: .right),
    ]
    #expect(TableLayout.measure(columns, rows: [["Gamma ray", "333"]]) == [9, 5])
  }

  @Test(arguments: [
    ("abcdef", 4, FormatAlignment.left, "abc…"),
    ("abcdef", 4, FormatAlignment.right, "…def"),
    ("abcdef", 1, FormatAlignment.left, "a"),
    ("abc", 4, FormatAlignment.left, "abc"),
  ])
  func truncatesWithAnEllipsis(
    text: String, width: Int, alignment: FormatAlignment, expected: String
  ) {
    #expect(DisplayCells.truncate(text, to: width, alignment: alignment) == expected)
  }

  @Test func wideCharactersAndEscapesAreMeasuredInCells() {
    #expect(DisplayCells.width("日本") == 4)
    #expect(DisplayCells.width("\u{1B}[32;1mName\u{1B}[0m") == 4)
  }

  @Test func lastColumnIsNotPaddedAndNumbersAlignRight() {
    let layout = TableLayout(
      columns: [
        TableColumn(label: "Name", width: 0, alignment: .left),
        TableColumn(label: "Value", width: 0, alignment: .right),
        TableColumn(label: "Note", width: 0, alignment: .left),
      ], widths: [9, 5, 4])
    #expect(layout.row(["Alpha", "1", "x"]) == ["Alpha         1 x"])
    #expect(layout.header(style: .plain) == ["Name      Value Note", "----      ----- ----"])
  }

  @Test func cellTextOfCollectionsHonoursTheLimit() {
    let cells = CellText(enumerationLimit: 4)
    let five = Value.array((1...5).map { Value.int(Int32($0)) })
    #expect(cells.text(five) == "{1, 2, 3, 4…}")
    #expect(cells.text(.array([])) == "{}")
    #expect(cells.text(.double(1234.56789), fixedDecimals: true) == "1234.57")
    #expect(cells.text(.bool(true)) == "True")
  }

  @Test func listPadsLabelsAndKeepsTheSpaceAfterAnEmptyValue() {
    let layout = ListLayout(width: 119)
    let lines = layout.lines(
      [ListLine(label: "Name", value: "a"), ListLine(label: "Created", value: "")], style: .plain)
    #expect(lines == ["Name    : a", "Created : "])
  }

  @Test func ansiHeaderPutsTheSeparatorInsideTheLabelSegment() {
    var style = OutputStyle()
    style.isEnabled = true
    let layout = TableLayout(
      columns: [
        TableColumn(label: "Name", width: 0, alignment: .left),
        TableColumn(label: "Value", width: 0, alignment: .right),
      ], widths: [9, 5])
    #expect(
      layout.header(style: style) == [
        "\u{1B}[32;1mName     \u{1B}[0m\u{1B}[32;1m Value\u{1B}[0m",
        "\u{1B}[32;1m----     \u{1B}[0m \u{1B}[32;1m-----\u{1B}[0m",
      ])
  }

  @Test func tableStreamsAfterItsMeasuringRows() {
    var lines: [String] = []
    var settings = FormatOutputter.Settings(width: 119)
    settings.cacheLimit = 2
    let outputter = FormatOutputter(settings: settings) { lines.append($0) }
    let header = TableHeader(columns: [TableColumn(label: "Id", width: 0, alignment: .right)])
    outputter.process(.start(.table(header)))
    outputter.process(.groupStart(header: nil))
    outputter.process(.entry(.tableRow(["1"])))
    #expect(lines == [""])
    outputter.process(.entry(.tableRow(["2"])))
    #expect(lines == ["", "Id", "--", " 1", " 2"])
    outputter.process(.entry(.tableRow(["100"])))
    #expect(lines.last == "…0")
  }

  @Test func registeredViewsAreFoundByAnyTypeName() {
    let registry = FormatViewRegistry.withBuiltinViews()
    registry.register(
      FormatView(
        name: "Thing", typeNames: ["Lab.Thing"], shape: .list,
        columns: [FormatColumn(property: "Name")]))
    #expect(registry.view(for: ["Lab.Derived", "Lab.Thing"])?.name == "Thing")
    #expect(registry.view(for: ["System.Collections.DictionaryEntry"])?.columns.first?.width == 30)
    #expect(registry.view(for: ["Lab.Thing"], shape: .table) == nil)
  }

  @Test func registeredTableViewDrawsItsColumns() {
    let host = CapturingHost(width: 120)
    let interpreter = makeInterpreter(host: host)
    interpreter.formatViews.register(
      FormatView(
        name: "Thing", typeNames: ["Lab.Thing"], shape: .table,
        columns: [
          FormatColumn(property: "Name", label: "Thing Name", width: 12),
          FormatColumn(
            label: "Twice", source: .compute { _ in .int(2) }, width: 5, alignment: .right),
        ]))
    let thing = PSObject(typeNames: ["Lab.Thing", "System.Object"])
    thing.set("Name", .string("widget"))
    try? interpreter.outDefault.write(.object(thing))
    interpreter.flushOutput()
    let expected = "\nThing Name   Twice\n----------   -----\nwidget           2\n\n"
    #expect(host.output == expected)
  }
}
