import Testing

@testable import ShellSyntax

/// Numeric literal types and values (reference §3.3).
struct NumberLiteralTests {
  /// Parses `text` as one expression and renders its constant as `type:value`.
  func constant(_ text: String) -> String {
    let (expression, errors) = Parser.parseExpression(SourceText(text))
    guard errors.isEmpty, case .constant(let value)? = expression?.kind else {
      return "not a constant"
    }
    switch value {
    case .int(let number, let text): return "int:\(number):\(text)"
    case .long(let number, let text): return "long:\(number):\(text)"
    case .decimal(let text): return "decimal:\(text)"
    case .double(let number, let text): return "double:\(number):\(text)"
    }
  }

  @Test(arguments: [
    ("42", "int:42:42"),
    ("2147483647", "int:2147483647:2147483647"),
    ("2147483648", "long:2147483648:2147483648"),
    ("-2147483648", "int:-2147483648:-2147483648"),
    ("99999999999999999999", "decimal:99999999999999999999"),
    ("0x10", "int:16:0x10"),
    ("0xFFFFFFFF", "int:-1:0xFFFFFFFF"),
    ("0x80000000", "int:-2147483648:0x80000000"),
    ("0x100000000", "long:4294967296:0x100000000"),
    ("0b101", "int:5:0b101"),
    ("12l", "long:12:12l"),
    ("12L", "long:12:12L"),
    ("10d", "decimal:10"),
    ("1.5d", "decimal:1.5"),
    ("1kb", "int:1024:1kb"),
    ("1KB", "int:1024:1KB"),
    ("3gb", "long:3221225472:3gb"),
    ("1.5mb", "double:1572864.0:1.5mb"),
    ("1.5", "double:1.5:1.5"),
    ("20.", "double:20.0:20."),
    (".5", "double:0.5:.5"),
    (".5", "double:0.5:.5"),
    ("1e3", "double:1000.0:1e3"),
    ("1.5e-3", "double:0.0015:1.5e-3"),
    ("-5", "int:-5:-5"),
  ])
  func literalTypes(input: String, expected: String) {
    #expect(constant(input) == expected)
  }

  @Test func argumentNumbersKeepTheirSpelling() {
    #expect(dump("Write-Output 0x10 1kb 12abc") == "cmd(bare(Write-Output) 16 1024 bare(12abc))")
    let result = Parser.parse(SourceText("Write-Output 0x10"))
    guard case .pipeline(let pipeline)? = result.script.endBlock?.statements.first?.kind,
      case .command(let command) = pipeline.elements[0],
      case .argument(let argument) = command.elements[0],
      case .constant(.int(16, let text)) = argument.kind
    else {
      Issue.record("expected an int argument")
      return
    }
    #expect(text == "0x10")
  }

  @Test func badNumberIsAnError() {
    #expect(Parser.parse(SourceText("$x = 1 + 12abc")).errors.map(\.id) == ["BadNumericConstant"])
  }
}
