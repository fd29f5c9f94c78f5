import GRDB
import Testing

@testable import IdentityEngine

/// The predicate a group filter parses to.
func groupFilter(_ text: String) throws -> Predicate {
  try ODataFilterParser.parse(text, for: .group).predicate
}

@Test(arguments: [
  ("displayName eq 'AZ SG01'", Predicate.equal("displayName", "AZ SG01")),
  ("displayName ne 'x'", .not(.equal("displayName", "x"))),
  (
    "startswith(displayName,'M365')",
    .substring("displayName", initial: "M365", middle: [], final: nil)
  ),
  ("groupTypes/any(c:c eq 'Unified')", .equal("groupTypes", "Unified")),
  ("not(groupTypes/any(c:c eq 'Unified'))", .not(.equal("groupTypes", "Unified"))),
  (
    "mailEnabled eq false and securityEnabled eq true",
    .and([.equal("mailEnabled", "false"), .equal("securityEnabled", "true")])
  ),
  (
    "displayName eq 'a' or displayName eq 'b''s'",
    .or([.equal("displayName", "a"), .equal("displayName", "b's")])
  ),
  ("mail eq null", .not(.present("mail"))),
  ("DisplayName in ('a', 'b')", .or([.equal("displayName", "a"), .equal("displayName", "b")])),
  (
    "proxyAddresses/any(x:startswith(x,'smtp:'))",
    .substring("proxyAddresses", initial: "smtp:", middle: [], final: nil)
  ),
])
func filterParsesToThePredicate(_ text: String, _ expected: Predicate) throws {
  #expect(try groupFilter(text) == expected)
}

@Test func advancedOperatorsAreReported() throws {
  let parsed = try ODataFilterParser.parse(
    "displayName ne 'x' and not(endswith(mail,'@contoso.com'))", for: .group)
  #expect(parsed.advancedOperators == ["ne", "not", "endsWith"])
  #expect(try ODataFilterParser.parse("displayName eq 'x'", for: .group).advancedOperators == [])
}

@Test(arguments: [
  (
    "displayName eq",
    "Invalid filter clause: Expression expected at position 14 in 'displayName eq'."
  ),
  (
    "displayName eq 'x",
    "Invalid filter clause: There is an unterminated literal at position 17 in "
      + "'displayName eq 'x'."
  ),
  (
    "displayName eq 'x' foo",
    "Invalid filter clause: Syntax error at position 19 in "
      + "'displayName eq 'x' foo'."
  ),
  (
    "nope eq 'x'",
    "Invalid filter clause: Could not find a property named 'nope' on type 'microsoft.graph.group'."
  ),
  (
    "groupTypes eq 'Unified'",
    "Invalid filter clause: A binary operator with incompatible types "
      + "was detected. Found operand types 'Collection(Edm.String)' and 'Edm.String' for operator "
      + "kind 'Equal'."
  ),
  (
    "mailEnabled eq 'true'",
    "Invalid filter clause: A binary operator with incompatible types was "
      + "detected. Found operand types 'Edm.Boolean' and 'Edm.String' for operator kind 'Equal'."
  ),
  (
    "contains(displayName,'x')",
    "Invalid filter clause: An unknown function with name 'contains' "
      + "was found. This may also be a function import or a key lookup on a navigation property, "
      + "which is not allowed."
  ),
  (
    "displayName eq 'x' & 1",
    "Invalid filter clause: Syntax error: character '&' is not valid at "
      + "position 19 in 'displayName eq 'x' & 1'."
  ),
  (
    "(displayName eq 'x'",
    "Invalid filter clause: ')' or operator expected at position 19 in '(displayName eq 'x''."
  ),
])
func badFiltersGetGraphsMessage(_ text: String, _ message: String) {
  #expect(throws: ODataFilterError.invalidClause(String(message.dropFirst(23)))) {
    try groupFilter(text)
  }
  #expect(ODataFilterError.invalidClause(String(message.dropFirst(23))).message == message)
}

@Test func filterBecomesSQLWithBoundValues() throws {
  let translated = try TenantPredicateSQL(
    groupFilter("startswith(displayName,'M365') and groupTypes/any(c:c eq 'Unified')"),
    kind: .group)
  #expect(
    translated.sql
      == "(o.displayName LIKE ? ESCAPE '\\' AND o.rowId IN (SELECT objectRowId FROM tenantValue "
      + "WHERE name = ? AND value = ?))")
  #expect(
    translated.arguments == [
      "M365%".databaseValue, "groupTypes".databaseValue, "Unified".databaseValue,
    ])
  let nullable = try TenantPredicateSQL(groupFilter("mail ne 'a_b@x'"), kind: .group)
  #expect(nullable.sql == "NOT (o.mail = ? AND o.mail IS NOT NULL)")
  #expect(nullable.arguments == ["a_b@x".databaseValue])
  let flag = try TenantPredicateSQL(groupFilter("securityEnabled eq true"), kind: .group)
  #expect(flag.sql == "(o.securityEnabled = ? AND o.securityEnabled IS NOT NULL)")
  #expect(flag.arguments == [true.databaseValue])
}

@Test func filtersRunAgainstTheStore() throws {
  let lab = try tenantLab()
  try lab.tenant.createGroup(securityGroup("AZ SG01", "AZSG01"))
  try lab.tenant.createGroup(unifiedGroup("M365 - SG01", "M365-SG01"))
  try lab.tenant.createGroup(unifiedGroup("M365 - MESG01", "M365-MESG01"))
  func names(_ filter: String) throws -> [String] {
    try lab.tenant.groups(matching: groupFilter(filter)).map(\.displayName)
  }
  #expect(try names("groupTypes/any(c:c eq 'unified')") == ["M365 - SG01", "M365 - MESG01"])
  #expect(try names("startswith(displayName,'m365 - m')") == ["M365 - MESG01"])
  #expect(try names("not(groupTypes/any(c:c eq 'Unified'))") == ["AZ SG01"])
  #expect(try names("mail eq null") == ["AZ SG01"])
  #expect(try names("mail ne 'M365-SG01@contoso.com'") == ["AZ SG01", "M365 - MESG01"])
  #expect(
    try names("displayName eq 'az sg01' or mailNickname eq 'M365-SG01'") == [
      "AZ SG01", "M365 - SG01",
    ])
  #expect(try names("proxyAddresses/any(x:startswith(x,'smtp:M365-MESG01'))") == ["M365 - MESG01"])
  let users = try lab.tenant.users(
    matching: ODataFilterParser.parse("onPremisesSyncEnabled eq true", for: .user).predicate)
  #expect(users.count == 3)
}
