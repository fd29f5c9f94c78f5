import Foundation
import Testing

@testable import ShellCore

/// Properties, instance methods and static members (reference §3.5–3.6).
struct MemberTests {
  static func call(_ target: Value, _ name: String, _ arguments: [Value] = []) throws -> Value {
    try Members.invokeMethod(on: target, named: name, arguments: arguments, context: .detached)
  }

  static let methodCases: [(Value, String, [Value], String)] = [
    (.string("Hello"), "ToUpper", [], "string:HELLO"),
    (.string("Hello"), "tolower", [], "string:hello"),
    (.string("  hi  "), "Trim", [], "string:hi"),
    (.string("xxhixx"), "TrimStart", [.string("x")], "string:hixx"),
    (.string("xxhixx"), "TrimEnd", [.char("x")], "string:xxhi"),
    (.string("Hello"), "Substring", [.int(1)], "string:ello"),
    (.string("Hello"), "Substring", [.int(1), .int(3)], "string:ell"),
    (.string("aAa"), "Replace", [.string("a"), .string("b")], "string:bAb"),
    (.string("a,b,,c"), "Split", [.string(",")], "[string:a, string:b, string:, string:c]"),
    (.string("a,b;c"), "Split", [.string(","), .string(";")], "[string:a, string:b, string:c]"),
    (.string("a--b--c"), "Split", [.string("--")], "[string:a, string:b, string:c]"),
    (.string("a,b,c"), "Split", [.string(","), .int(2)], "[string:a, string:b,c]"),
    (.string("Hello"), "Contains", [.string("ell")], "bool:true"),
    (.string("Hello"), "Contains", [.string("ELL")], "bool:false"),
    (.string("Hello"), "StartsWith", [.string("He")], "bool:true"),
    (.string("Hello"), "EndsWith", [.string("LO"), .string("OrdinalIgnoreCase")], "bool:true"),
    (.string("Hello"), "IndexOf", [.string("l")], "int:2"),
    (.string("Hello"), "LastIndexOf", [.string("l")], "int:3"),
    (.string("Hello"), "IndexOf", [.string("z")], "int:-1"),
    (.string("7"), "PadLeft", [.int(3), .char("0")], "string:007"),
    (.string("ab"), "PadRight", [.int(4)], "string:ab  "),
    (.string("Hello"), "Insert", [.int(5), .string("!")], "string:Hello!"),
    (.string("Hello"), "Remove", [.int(1), .int(3)], "string:Ho"),
    (.string("ab"), "ToCharArray", [], "[char:a, char:b]"),
    (.string("ab"), "GetType", [], "System.RuntimeType:System.String"),
    (.string("b"), "CompareTo", [.string("a")], "int:1"),
    (.string("a"), "Equals", [.string("a")], "bool:true"),
    (.int(5), "ToString", [], "string:5"),
    (.double(1234.5), "ToString", [.string("N2")], "string:1,234.50"),
    (.int(255), "ToString", [.string("X")], "string:FF"),
    (.int(5), "Equals", [.long(5)], "bool:false"),
    (.int(5), "CompareTo", [.int(7)], "int:-1"),
    (.double(0.1 + 0.2), "ToString", [], "string:0.30000000000000004"),
    (.int(1), "GetType", [], "System.RuntimeType:System.Int32"),
    (ints(1, 2), "GetType", [], "System.RuntimeType:System.Object[]"),
    (ints(1, 2), "Contains", [.int(2)], "bool:true"),
    (ints(1, 2), "ToString", [], "string:System.Object[]"),
    (strings("a", "b"), "ToUpper", [], "[string:A, string:B]"),
    (.type(.int), "ToString", [], "string:System.Int32"),
  ]

  @Test(arguments: methodCases)
  func methodResult(target: Value, name: String, arguments: [Value], expected: String) throws {
    #expect(describe(try Self.call(target, name, arguments)) == expected)
  }

  static let propertyCases: [(Value, String, String?)] = [
    (.string("Hello"), "Length", "int:5"),
    (.string("Hello"), "length", "int:5"),
    (ints(1, 2, 3), "Count", "int:3"),
    (ints(1, 2, 3), "Length", "int:3"),
    (.int(7), "Count", "int:1"),
    (.int(7), "Nope", nil),
    (.null, "Count", nil),
    (.type(.int), "Name", "string:Int32"),
    (.type(.int), "FullName", "string:System.Int32"),
  ]

  @Test(arguments: propertyCases)
  func propertyResult(target: Value, name: String, expected: String?) {
    #expect(Members.property(of: target, named: name).map(describe) == expected)
  }

  @Test func hashtableMembers() throws {
    let table = PSHashtable()
    table["a"] = .int(1)
    table["b"] = .int(2)
    let value = Value.hashtable(table)
    #expect(Members.property(of: value, named: "A").map(describe) == "int:1")
    #expect(Members.property(of: value, named: "Keys").map(describe) == "[string:a, string:b]")
    #expect(Members.property(of: value, named: "Count").map(describe) == "int:2")
    #expect(describe(try Self.call(value, "ContainsKey", [.string("B")])) == "bool:true")
    #expect(describe(try Self.call(value, "ContainsValue", [.int(3)])) == "bool:false")
    _ = try Self.call(value, "Add", [.string("c"), .int(3)])
    #expect(table.count == 3)
    #expect(
      errorId { try Self.call(value, "Add", [.string("a"), .int(9)]) }
        == "MethodInvocationException")
    let entries = try Self.call(value, "GetEnumerator")
    guard case .array(let array) = entries, case .object(let first) = array.items[0] else {
      Issue.record("GetEnumerator returned \(describe(entries))")
      return
    }
    #expect(first.typeName == "System.Collections.DictionaryEntry")
    #expect(first.value(of: "Name").map(describe) == "string:a")
    #expect(first.value(of: "Value").map(describe) == "int:1")
    _ = try Self.call(value, "Remove", [.string("a")])
    #expect(table.count == 2)
  }

  @Test func dateMembers() throws {
    let date = try #require(DateTimeValue(year: 2024, month: 1, day: 31, hour: 9, kind: .local))
    let value = Value.dateTime(date)
    #expect(Members.property(of: value, named: "Year").map(describe) == "int:2024")
    #expect(Members.property(of: value, named: "DayOfWeek").map(describe) == "string:Wednesday")
    let next = try Self.call(value, "AddMonths", [.int(1)])
    #expect(
      describe(try Self.call(next, "ToString", [.string("yyyy-MM-dd HH:mm")]))
        == "string:2024-02-29 09:00")
    let later = try Self.call(value, "AddDays", [.double(1.5)])
    #expect(describe(try Self.call(later, "ToString", [.string("dd HH")])) == "string:01 21")
  }

  static let errorCases: [(Value, String, [Value], String, String)] = [
    (
      .string("abc"), "Nope", [], "MethodNotFound",
      "Method invocation failed because [System.String] does not contain a method named 'Nope'."
    ),
    (
      .null, "ToString", [], "InvokeMethodOnNull",
      "You cannot call a method on a null-valued expression."
    ),
    (
      .string("abc"), "Substring", [.int(1), .int(1), .int(1)], "MethodCountCouldNotFindBest",
      "Cannot find an overload for \"Substring\" and the argument count: \"3\"."
    ),
    (
      .string("abc"), "Substring", [.int(5)], "MethodInvocationException",
      "Exception calling \"Substring\" with \"1\" argument(s): \"startIndex cannot be larger than "
        + "length of string. (Parameter 'startIndex')\""
    ),
    (
      .string("abc"), "Length", [], "MethodNotFound",
      "Method invocation failed because [System.String] does not contain a method named 'Length'."
    ),
  ]

  @Test(arguments: errorCases)
  func methodErrors(target: Value, name: String, arguments: [Value], id: String, message: String) {
    #expect(errorId { try Self.call(target, name, arguments) } == id)
    #expect(errorMessage { try Self.call(target, name, arguments) } == message)
  }

  static func staticCall(_ type: String, _ name: String, _ arguments: [Value]) throws -> Value {
    guard let resolved = PSType.resolve(type) else { return .string("no type \(type)") }
    return try Members.invokeStatic(
      on: resolved, named: name, arguments: arguments, context: .detached)
  }

  static let staticCases: [(String, String, [Value], String)] = [
    ("math", "Round", [.double(2.5)], "double:2"),
    ("math", "Round", [.double(3.5)], "double:4"),
    ("math", "Round", [.double(2.345), .int(2)], "double:2.35"),
    ("math", "Round", [.double(2.5), .string("AwayFromZero")], "double:3"),
    ("math", "Floor", [.double(-1.5)], "double:-2"),
    ("math", "Ceiling", [.double(1.2)], "double:2"),
    ("math", "Abs", [.int(-3)], "int:3"),
    ("math", "Max", [.int(1), .int(2)], "int:2"),
    ("math", "Max", [.int(3), .double(2.5)], "double:3"),
    ("math", "Pow", [.int(2), .int(10)], "double:1024"),
    ("math", "Sqrt", [.int(16)], "double:4"),
    ("string", "Join", [.string(", "), ints(1, 2, 3)], "string:1, 2, 3"),
    ("string", "IsNullOrEmpty", [.null], "bool:true"),
    ("string", "IsNullOrWhiteSpace", [.string("  ")], "bool:true"),
    ("string", "Format", [.string("{0}-{1}"), .int(1), .int(2)], "string:1-2"),
    ("string", "Concat", [.string("a"), .int(1)], "string:a1"),
    ("char", "IsDigit", [.char("5")], "bool:true"),
    ("char", "IsLetter", [.char("5")], "bool:false"),
    ("char", "ToUpper", [.char("q")], "char:Q"),
    ("int", "Parse", [.string("42")], "int:42"),
    ("convert", "ToInt32", [.string("ff"), .int(16)], "int:255"),
    ("convert", "ToString", [.int(5), .int(2)], "string:101"),
    ("convert", "ToInt32", [.double(2.5)], "int:2"),
    ("regex", "Escape", [.string("a.b*c")], "string:a\\.b\\*c"),
    ("regex", "IsMatch", [.string("abc"), .string("B")], "bool:false"),
    ("regex", "Replace", [.string("a1b2"), .string("\\d"), .string("#")], "string:a#b#"),
    ("regex", "Split", [.string("a1b2c"), .string("\\d")], "[string:a, string:b, string:c]"),
    ("io.path", "GetExtension", [.string("/tmp/a.txt")], "string:.txt"),
    ("io.path", "GetFileNameWithoutExtension", [.string("/tmp/a.txt")], "string:a"),
    ("io.path", "GetDirectoryName", [.string("/tmp/a.txt")], "string:/tmp"),
    ("io.path", "Combine", [.string("/tmp"), .string("a.txt")], "string:/tmp/a.txt"),
  ]

  @Test(arguments: staticCases)
  func staticMethodResult(type: String, name: String, arguments: [Value], expected: String) throws {
    #expect(describe(try Self.staticCall(type, name, arguments)) == expected)
  }

  @Test func staticProperties() throws {
    let value: (String, String) throws -> String = { type, name in
      guard let resolved = PSType.resolve(type) else { return "no type" }
      return describe(try Members.staticProperty(of: resolved, named: name))
    }
    #expect(try value("int", "MaxValue") == "int:2147483647")
    #expect(try value("long", "MinValue") == "long:-9223372036854775808")
    #expect(try value("math", "PI") == "double:3.14159265358979")
    #expect(try value("string", "Empty") == "string:")
    #expect(try value("double", "NaN") == "double:NaN")
  }

  @Test func regexMatchObject() throws {
    let match = try Self.staticCall("regex", "Match", [.string("id: 42"), .string("(?<n>\\d+)")])
    guard case .object(let object) = match else {
      Issue.record("not an object: \(describe(match))")
      return
    }
    #expect(object.typeNames == ["System.Text.RegularExpressions.Match", "System.Object"])
    #expect(object.value(of: "Value").map(describe) == "string:42")
    #expect(object.value(of: "Index").map(describe) == "int:4")
    #expect(object.value(of: "Success").map(describe) == "bool:true")
    guard case .array(let groups) = object.value(of: "Groups") ?? .null else {
      Issue.record("no groups")
      return
    }
    #expect(groups.items.count == 2)
    #expect(groups.items[1].psObject?.value(of: "Name").map(describe) == "string:n")
    #expect(match.toText() == "42")
    #expect(errorId { try Self.staticCall("math", "Nope", []) } == "MethodNotFound")
    #expect(
      errorMessage { try Self.staticCall("math", "Nope", []) }
        == "Method invocation failed because [System.Math] does not contain a method named 'Nope'.")
  }
}
