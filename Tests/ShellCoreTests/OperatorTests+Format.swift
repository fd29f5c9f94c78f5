import Foundation
import Testing

@testable import ShellCore

/// `-f` composite formatting and .NET format strings with the invariant culture.
struct FormatOperatorTests {
  static let cases: [(String, [Value], String)] = [
    ("{0} {1,-10} {2:N}", [.int(1), .string("hello"), .double(.pi)], "1 hello      3.14"),
    ("{0:00}", [.int(7)], "07"),
    ("{{{0}}}", [.int(1)], "{1}"),
    ("{0,5}|", [.string("ab")], "   ab|"),
    ("{0:N2}", [.double(1234.5678)], "1,234.57"),
    ("{0:N0}", [.int(1_234_567)], "1,234,567"),
    ("{0:D3}", [.int(7)], "007"),
    ("{0:D}", [.int(-42)], "-42"),
    ("{0:X}", [.int(255)], "FF"),
    ("{0:x4}", [.int(255)], "00ff"),
    ("{0:X}", [.int(-1)], "FFFFFFFF"),
    ("{0:F1}", [.double(2.25)], "2.2"),
    ("{0:F2}", [.int(3)], "3.00"),
    ("{0:P}", [.double(0.125)], "12.50 %"),
    ("{0:P0}", [.double(0.5)], "50 %"),
    ("{0:C}", [.double(1234.5)], "\u{00A4}1,234.50"),
    ("{0:E}", [.double(1234.5)], "1.234500E+003"),
    ("{0:e2}", [.double(0.00012)], "1.20e-004"),
    ("{0:0.00}", [.double(2.5)], "2.50"),
    ("{0:#,##0}", [.int(1_234_567)], "1,234,567"),
    ("{0:#,##0.##}", [.double(1234.5)], "1,234.5"),
    ("{0:(###) ###-####}", [.long(5_551_234_567)], "(555) 123-4567"),
    ("{0:0.0%}", [.double(0.256)], "25.6%"),
    ("{0:#.##}", [.double(0)], ""),
    ("{0:0;(0)}", [.int(-5)], "(5)"),
    ("{0}", [.double(0.1 + 0.2)], "0.30000000000000004"),
    ("{0}", [.double(1e20)], "1E+20"),
    ("{0}", [.double(1.5)], "1.5"),
    ("{0:G3}", [.double(1234.5)], "1.23E+03"),
    ("{0}", [.array([.int(1)])], "System.Object[]"),
    ("{0}", [.null], ""),
  ]

  @Test(arguments: cases)
  func formatsLikeDotNet(format: String, arguments: [Value], expected: String) throws {
    #expect(try Operators.format(format, arguments) == expected)
  }

  @Test func dateFormats() throws {
    var components = DateComponents()
    (components.year, components.month, components.day) = (2024, 3, 9)
    (components.hour, components.minute, components.second) = (14, 5, 7)
    components.timeZone = .current
    let date = try #require(Calendar(identifier: .gregorian).date(from: components))
    #expect(try Operators.format("{0:yyyy-MM-dd HH:mm:ss}", [.date(date)]) == "2024-03-09 14:05:07")
    #expect(
      try Operators.format("{0:dddd d MMM yy h tt}", [.date(date)]) == "Saturday 9 Mar 24 2 PM")
    #expect(try Operators.format("{0:d}", [.date(date)]) == "03/09/2024")
    #expect(try Operators.format("{0}", [.date(date)]) == "03/09/2024 14:05:07")
  }

  static let errors: [(String, [Value], String)] = [
    (
      "{1}", [.string("a")],
      "Error formatting a string: Index (zero based) must be greater than or equal to zero and "
        + "less than the size of the argument list.."
    ),
    ("{0", [.int(1)], "Error formatting a string: Input string was not in a correct format.."),
    ("}", [], "Error formatting a string: Input string was not in a correct format.."),
    ("{0:D}", [.double(1.5)], "Error formatting a string: Format specifier was invalid.."),
  ]

  @Test(arguments: errors)
  func formatErrors(format: String, arguments: [Value], message: String) {
    #expect(errorMessage { .string(try Operators.format(format, arguments)) } == message)
    #expect(errorId { .string(try Operators.format(format, arguments)) } == "FormatError")
  }
}
