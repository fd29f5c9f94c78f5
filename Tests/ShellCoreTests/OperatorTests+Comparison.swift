import ShellSyntax
import Testing

@testable import ShellCore

/// The comparison family: conversion by the left operand, filtering, wildcards, regex
/// (reference §2.2).
struct ComparisonOperatorTests {
  static let cases: [(BinaryOperator, Value, Value, String)] = [
    (cmp(.eq), .int(1), .string("1.0"), "bool:true"),
    (cmp(.eq), .string("1.0"), .int(1), "bool:false"),
    (cmp(.eq), .bool(false), .string("false"), "bool:false"),
    (cmp(.eq), .string("ABC"), .string("abc"), "bool:true"),
    (cmp(.eq, caseSensitive: true), .string("ABC"), .string("abc"), "bool:false"),
    (cmp(.eq), .int(1), .string("abc"), "bool:false"),
    (cmp(.eq), .null, .null, "bool:true"),
    (cmp(.eq), ints(1, 2, 3), .int(2), "[int:2]"),
    (cmp(.gt), ints(1, 2, 3), .int(1), "[int:2, int:3]"),
    (cmp(.ne), strings("a", "b"), .string("a"), "[string:b]"),
    (cmp(.ne), .array([.int(1), .null]), .null, "[int:1]"),
    (cmp(.eq), ints(1, 2), .int(5), "[]"),
    (cmp(.lt, caseSensitive: true), .string("macOS"), .string("MacOS"), "bool:true"),
    (cmp(.lt), .string("apple"), .string("Banana"), "bool:true"),
    (cmp(.lt), .null, .int(1), "bool:true"),
    (cmp(.gt), .int(10), .string("9"), "bool:true"),
    (cmp(.gt), .string("10"), .int(9), "bool:false"),
    (cmp(.ge), .double(2.5), .int(2), "bool:true"),
    (cmp(.like), .string("file.txt"), .string("*.TXT"), "bool:true"),
    (cmp(.like, caseSensitive: true), .string("file.txt"), .string("*.TXT"), "bool:false"),
    (cmp(.like), .string("f??"), .string("f`?`?"), "bool:true"),
    (cmp(.like), .string("fab"), .string("f`?`?"), "bool:false"),
    (cmp(.like), .string("b"), .string("[a-c]"), "bool:true"),
    (cmp(.notlike), .string("abc"), .string("a*"), "bool:false"),
    (cmp(.like), ints(1, 2, 11), .string("1*"), "[string:1, string:11]"),
    (cmp(.match), strings("abc", "xyz", "cab"), .string("^.a"), "[string:cab]"),
    (cmp(.contains), ints(1, 2, 3), .string("2"), "bool:true"),
    (cmp(.notcontains), ints(1, 2, 3), .int(4), "bool:true"),
    (cmp(.in), .string("b"), strings("a", "B"), "bool:true"),
    (cmp(.in, caseSensitive: true), .string("b"), strings("a", "B"), "bool:false"),
    (cmp(.notin), .int(3), ints(1, 2), "bool:true"),
    (cmp(.replace), .string("Hello World"), strings("o", "0"), "string:Hell0 W0rld"),
    (cmp(.replace), .string("HELLO"), strings("l", "x"), "string:HExxO"),
    (cmp(.replace, caseSensitive: true), .string("HELLO"), strings("l", "x"), "string:HELLO"),
    (
      cmp(.replace), .string("John Smith"), strings("(\\w+) (\\w+)", "$2, $1"), "string:Smith, John"
    ),
    (
      cmp(.replace), .string("2024-05"), strings("(?<y>\\d+)-(?<m>\\d+)", "${m}/${y}"),
      "string:05/2024"
    ),
    (cmp(.replace), .string("abc"), strings("b", "[$&]$$"), "string:a[b]$c"),
    (cmp(.replace), .string("a1b2"), .string("\\d"), "string:ab"),
    (cmp(.replace), strings("a1", "b2"), strings("\\d", "#"), "[string:a#, string:b#]"),
    (cmp(.replace), .int(12), strings("1", "x"), "string:x2"),
    (cmp(.split), .string("a,b,,c"), .string(","), "[string:a, string:b, string:, string:c]"),
    (cmp(.split), .string("a,b,c"), .array([.string(","), .int(2)]), "[string:a, string:b,c]"),
    (
      cmp(.split), .string("a1b2c"), .string("(\\d)"),
      "[string:a, string:1, string:b, string:2, string:c]"
    ),
    (cmp(.split), .string("aXbxc"), .string("x"), "[string:a, string:b, string:c]"),
    (cmp(.split, caseSensitive: true), .string("aXbxc"), .string("x"), "[string:aXb, string:c]"),
    (
      cmp(.split), .string("a.b"), .array([.string("."), .int(0), .string("SimpleMatch")]),
      "[string:a, string:b]"
    ),
  ]

  @Test(arguments: cases)
  func comparisonResult(op: BinaryOperator, lhs: Value, rhs: Value, expected: String) throws {
    #expect(describe(try evaluate(op, lhs, rhs)) == expected)
  }

  @Test func matchSetsMatchesOnScalarsOnly() throws {
    var captured: PSHashtable?
    let context = OperatorContext(
      setMatches: { captured = $0 }, invokeScriptBlock: { _, _ in .null })
    let matched = try Operators.binary(
      cmp(.match), .string("user: jsmith@contoso"), .string("(?<name>\\w+)@(\\w+)"), context)
    #expect(describe(matched) == "bool:true")
    #expect(
      captured.map { describe(.hashtable($0)) }
        == "@{name=string:jsmith; 1=string:contoso; 0=string:jsmith@contoso}")
    captured = nil
    _ = try Operators.binary(cmp(.match), strings("ab", "cd"), .string("a"), context)
    #expect(captured == nil)
    _ = try Operators.binary(cmp(.notmatch), .string("abc"), .string("z"), context)
    #expect(captured == nil)
    let notMatched = try Operators.binary(cmp(.notmatch), .string("abc"), .string("b"), context)
    #expect(describe(notMatched) == "bool:false")
    #expect(captured.map { describe(.hashtable($0)) } == "@{0=string:b}")
  }

  @Test func orderingIncomparableValuesFails() {
    let table = Value.hashtable(PSHashtable())
    #expect(errorId { try evaluate(cmp(.lt), table, table) } == nil)
    #expect(errorId { try evaluate(cmp(.lt), table, .int(1)) } == "NotIcomparable")
    #expect(
      errorMessage { try evaluate(cmp(.lt), table, .int(1)) }
        == "Cannot compare \"System.Collections.Hashtable\" because it is not IComparable.")
    #expect(errorId { try evaluate(cmp(.lt), .int(1), .string("abc")) } == "ComparisonFailure")
  }

  @Test func publicHelpersAnswerLikeTheOperators() {
    #expect(Operators.areEqual(.int(2), .string("2")))
    #expect(!Operators.areEqual(.string("a"), .string("A"), caseSensitive: true))
    #expect(Operators.compare(.int(1), .double(1.5)) == -1)
    #expect(Operators.compare(.string("b"), .string("A")) == 1)
    #expect(Operators.compare(.hashtable(PSHashtable()), .int(1)) == nil)
    #expect(Operators.wildcardMatch("Domain Admins", pattern: "domain*"))
    #expect(!Operators.wildcardMatch("Domain Admins", pattern: "domain*", caseSensitive: true))
    #expect(Operators.wildcardMatch("", pattern: "*"))
    #expect(!Operators.wildcardMatch("abc", pattern: "ab"))
  }

  @Test func invalidRegexIsAnError() {
    #expect(
      errorId { try evaluate(cmp(.match), .string("a"), .string("(")) }
        == "InvalidRegularExpression")
  }
}
