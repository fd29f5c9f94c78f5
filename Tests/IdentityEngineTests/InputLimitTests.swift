import Foundation
import GRDB
import Testing

@testable import IdentityEngine

/// Limits the directory and its filter parsers put on input.
///
/// Nesting depths, the schema's rangeUpper, and AD's sAMAccountName rules; each refusal
/// leaves the lab as it was.
@Suite struct InputLimitTests {
  @Test func ldapFiltersNestUpToTheLimit() throws {
    let depth = LDAPFilterParser.maxNesting - 1
    let deep =
      String(repeating: "(&", count: depth) + "(cn=x)" + String(repeating: ")", count: depth)
    #expect(throws: Never.self) { try LDAPFilterParser.parse(deep) }
    for opener in ["(&", "(|", "(!"] {
      let tooDeep =
        String(repeating: opener, count: 100_000) + "(cn=x)"
        + String(repeating: ")", count: 100_000)
      let start = Date()
      #expect {
        try LDAPFilterParser.parse(tooDeep)
      } throws: { error in
        guard case .invalidFilter(_, let reason) = error as? DirectoryError else { return false }
        return reason == "filters nested more than 500 levels deep at position 1002"
      }
      #expect(Date().timeIntervalSince(start) < 2)
    }
  }

  @Test func odataFiltersStopAtTheRecursionLimit() throws {
    let fine =
      String(repeating: "(", count: 50) + "displayName eq 'x'"
      + String(repeating: ")", count: 50)
    #expect(throws: Never.self) { try ODataFilterParser.parse(fine, for: .user) }
    for text in [
      String(repeating: "(", count: 100_000) + "displayName eq 'x'"
        + String(repeating: ")", count: 100_000),
      String(repeating: "not ", count: 100_000) + "displayName eq 'x'",
    ] {
      #expect(throws: ODataFilterError.invalidClause("The recursion limit has been exceeded.")) {
        try ODataFilterParser.parse(text, for: .user)
      }
    }
  }

  @Test func valuesLongerThanRangeUpperAreRefusedAndChangeNothing() throws {
    let lab = try seededLab()
    let bob = try #require(
      try lab.directory.search(
        base: domainDN, filter: LDAPFilterParser.parse("(sAMAccountName=bsmith)")
      )
      .first)
    let before = try dump(lab)
    for (name, length) in [
      ("description", 1025), ("displayName", 257), ("title", 129), ("employeeID", 17),
    ] {
      #expect(
        throws: DirectoryError.valueOutOfRange(attribute: name, length: length, limit: length - 1)
      ) {
        try lab.directory.modify(bob.dn, [.replace(name, [String(repeating: "x", count: length)])])
      }
    }
    #expect(try dump(lab) == before)
    try lab.directory.modify(
      bob.dn, [.replace("description", [String(repeating: "x", count: 1024)])])
  }

  @Test func samAccountNamesOfSpacesOrControlCharactersAreRefused() throws {
    for (name, reason) in [
      ("   ", "it consists solely of periods or spaces"),
      ("..", "it consists solely of periods or spaces"),
      ("a\tb", "it contains a control character"), ("a\u{7F}b", "it contains a control character"),
      ("a\u{0}b", "it contains a control character"),
    ] {
      #expect(throws: DirectoryError.invalidSamAccountName(name, reason: reason)) {
        try Directory.validateSamAccountName(name, objectClass: "user")
      }
    }
    #expect(throws: Never.self) {
      try Directory.validateSamAccountName("j.smith 2", objectClass: "user")
    }
  }

  /// Every row of the lab's directory tables, in a stable order.
  func dump(_ lab: Lab) throws -> [String] {
    try lab.store.read { db in
      try ["object", "attribute", "link"].flatMap { table in
        try Row.fetchAll(db, sql: "SELECT * FROM \(table)").map(\.description).sorted()
      }
    }
  }
}
