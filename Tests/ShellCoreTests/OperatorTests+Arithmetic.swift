import ShellSyntax
import Testing

@testable import ShellCore

/// Arithmetic, bitwise, range and type operators (reference §2.4–2.5).
struct ArithmeticOperatorTests {
  static let cases: [(BinaryOperator, Value, Value, String)] = [
    (.add, .int(2), .int(3), "int:5"),
    (.multiply, .int(2), .int(3), "int:6"),
    (.multiply, .double(2), .int(3), "double:6"),
    (.add, .int(.max), .int(1), "double:2147483648"),
    (.add, .long(.max), .int(1), "double:9.22337203685478E+18"),
    (.multiply, .int(512 << 20), .int(512 << 20), "double:2.88230376151712E+17"),
    (.add, .long(5), .int(1), "long:6"),
    (.divide, .int(6), .int(2), "int:3"),
    (.divide, .int(7), .int(2), "double:3.5"),
    (.remainder, .int(-7), .int(3), "int:-1"),
    (.remainder, .int(7), .int(-3), "int:1"),
    (.add, .string("5"), .int(3), "string:53"),
    (.add, .int(5), .string("3"), "int:8"),
    (.add, .int(5), .string("1.5"), "double:6.5"),
    (.subtract, .string("10"), .int(2), "int:8"),
    (.multiply, .string("ab"), .int(3), "string:ababab"),
    (.add, ints(1, 2), .int(3), "[int:1, int:2, int:3]"),
    (.add, ints(1, 2), ints(3, 4), "[int:1, int:2, int:3, int:4]"),
    (.multiply, ints(1, 2), .int(2), "[int:1, int:2, int:1, int:2]"),
    (.add, .null, .int(1), "int:1"),
    (.add, .string("a"), .null, "string:a"),
    (.add, .string("a"), ints(1, 2), "string:a1 2"),
    (.add, .bool(true), .int(1), "int:2"),
    (.add, .decimal(1.5), .int(1), "decimal:2.5"),
    (.band, .int(6), .int(3), "int:2"),
    (.bor, .int(6), .int(3), "int:7"),
    (.bxor, .int(6), .int(3), "int:5"),
    (.shl, .int(1), .int(4), "int:16"),
    (.shr, .int(-16), .int(2), "int:-4"),
    (.band, .long(6), .int(3), "long:2"),
    (.range, .int(1), .int(4), "[int:1, int:2, int:3, int:4]"),
    (.range, .int(3), .int(1), "[int:3, int:2, int:1]"),
    (.range, .double(1.5), .int(3), "[int:2, int:3]"),
    (.range, .string("a"), .string("c"), "[char:a, char:b, char:c]"),
    (.isType, .int(1), .type(.int), "bool:true"),
    (.isType, .int(1), .string("string"), "bool:false"),
    (.isType, .null, .type(.object), "bool:false"),
    (.isType, .string("x"), .type(.object), "bool:true"),
    (.isNotType, .int(1), .type(.string), "bool:true"),
    (.asType, .string("42"), .type(.int), "int:42"),
    (.asType, .string("abc"), .type(.int), "null"),
    (.join, ints(1, 2, 3), .string(", "), "string:1, 2, 3"),
    (.xor, .bool(true), .bool(true), "bool:false"),
    (.format, .string("{0:00}"), .int(7), "string:07"),
  ]

  @Test(arguments: cases)
  func binaryOperatorResult(op: BinaryOperator, lhs: Value, rhs: Value, expected: String) throws {
    #expect(describe(try evaluate(op, lhs, rhs)) == expected)
  }

  @Test func hashtablesMergeIntoANewTable() throws {
    let a = PSHashtable()
    a["a"] = .int(1)
    let b = PSHashtable()
    b["b"] = .int(2)
    let merged = try evaluate(.add, .hashtable(a), .hashtable(b))
    #expect(describe(merged) == "@{a=int:1; b=int:2}")
    #expect(a.count == 1)
    let duplicate = errorMessage { try evaluate(.add, .hashtable(a), .hashtable(a)) }
    #expect(
      duplicate == "Item has already been added. Key in dictionary: 'a'  Key being added: 'a'")
  }

  static let errors: [(BinaryOperator, Value, Value, String)] = [
    (.divide, .int(1), .int(0), "Attempted to divide by zero."),
    (.remainder, .int(1), .int(0), "Attempted to divide by zero."),
    (
      .add, .int(5), .string("abc"),
      "Cannot convert value \"abc\" to type \"System.Int32\". Error: \"The input string 'abc' "
        + "was not in a correct format.\""
    ),
    (
      .subtract, .string("abc"), .int(1),
      "Cannot convert value \"abc\" to type \"System.Int32\". Error: \"The input string 'abc' "
        + "was not in a correct format.\""
    ),
    (
      .multiply, .string("a"), .double(1e12),
      "Cannot convert value \"1000000000000\" to type \"System.Int32\". Error: \"Value was "
        + "either too large or too small for an Int32.\""
    ),
    (
      .multiply, .string("abc"), .int(1_000_000_000),
      "Exception of type 'System.OutOfMemoryException' was thrown."
    ),
    (
      .range, .int(1), .int(2_000_000_000),
      "Exception of type 'System.OutOfMemoryException' was thrown."
    ),
    (
      .subtract, .hashtable(PSHashtable()), .int(1),
      "Method invocation failed because [System.Collections.Hashtable] does not contain a "
        + "method named 'op_Subtraction'."
    ),
  ]

  @Test(arguments: errors)
  func operatorErrors(op: BinaryOperator, lhs: Value, rhs: Value, message: String) {
    #expect(errorMessage { try evaluate(op, lhs, rhs) } == message)
  }

  @Test func divideByZeroIsARuntimeException() {
    #expect(errorId { try evaluate(.divide, .int(1), .int(0)) } == "RuntimeException")
  }

  static let unaryCases: [(UnaryOperator, Value, String)] = [
    (.not, .int(0), "bool:true"),
    (.not, .string("False"), "bool:false"),
    (.negate, .string("5"), "int:-5"),
    (.negate, .double(2.5), "double:-2.5"),
    (.bnot, .int(0), "int:-1"),
    (.comma, .int(1), "[int:1]"),
    (.split, .string("  a b\tc "), "[string:a, string:b, string:c]"),
    (.join, strings("a", "b"), "string:ab"),
    (.plus, .string("7"), "int:7"),
  ]

  @Test(arguments: unaryCases)
  func unaryOperatorResult(op: UnaryOperator, operand: Value, expected: String) throws {
    #expect(describe(try Operators.unary(op, operand, .detached)) == expected)
  }
}
