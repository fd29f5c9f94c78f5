import GRDB
import Testing

@testable import IdentityEngine

@Test func equalityOnAnAttributeBindsTheNameAndTheFoldedValue() throws {
  let sql = try PredicateSQL(.equal("Department", "Sales"))
  #expect(sql.sql == "o.id IN (SELECT objectId FROM attribute WHERE name = ? AND valueKey = ?)")
  #expect(sql.arguments == ["department".databaseValue, "sales".databaseValue])
  #expect(sql.residue == nil)
}

@Test func prefixSubstringUsesAnIndexRangeAndLike() throws {
  let sql = try PredicateSQL(.substring("name", initial: "Grp0123", middle: [], final: nil))
  #expect(sql.sql == "(o.nameKey >= ? AND o.nameKey < ? AND o.nameKey LIKE ? ESCAPE '\\')")
  #expect(
    sql.arguments == [
      "grp0123".databaseValue, "grp0123\u{10FFFF}".databaseValue, "grp0123%".databaseValue,
    ])
}

@Test func userTextNeverBecomesSQL() throws {
  let hostile = "x') OR 1=1 --"
  let sql = try PredicateSQL(.and([.equal("sAMAccountName", hostile), .present("mail")]))
  #expect(!sql.sql.contains(hostile))
  #expect(
    sql.sql
      == "((o.samKey IS NOT NULL AND o.samKey = ?) AND o.id IN (SELECT objectId FROM attribute WHERE name = ?))"
  )
  #expect(sql.arguments == [hostile.lowercased().databaseValue, "mail".databaseValue])
}

@Test func bitwiseRulesAndClassesTranslate() throws {
  let sql = try PredicateSQL(.and([.equal("objectClass", "group"), .bitAnd("groupType", 8)]))
  #expect(
    sql.sql
      == "(o.objectClass IN (?) AND o.id IN (SELECT objectId FROM attribute WHERE name = ? AND (intValue & ?) = ?))"
  )
  #expect(
    sql.arguments == [
      "group".databaseValue, "grouptype".databaseValue, 8.databaseValue, 8.databaseValue,
    ])
}

@Test func ldapParserReadsEscapesAndRules() throws {
  #expect(try LDAPFilterParser.parse("(cn=par\\28en\\29s)") == .equal("cn", "par(en)s"))
  #expect(
    try LDAPFilterParser.parse("(member:1.2.840.113556.1.4.1941:=CN=G,DC=x)")
      == .inChain("member", "CN=G,DC=x"))
  #expect(try LDAPFilterParser.parse("(!description=x)") == .not(.equal("description", "x")))
  #expect(throws: DirectoryError.self) { try LDAPFilterParser.parse("(cn=Sales") }
  #expect(throws: DirectoryError.self) { try LDAPFilterParser.parse("(a:1.2.3:=1)") }
}

@Test func distinguishedNamesEscapeAndCompareWithoutCase() throws {
  let dn = try DistinguishedName.parse("cn=Smith\\2C John,ou=Staff,DC=contoso,DC=com")
  #expect(dn.description == "CN=Smith\\, John,OU=Staff,DC=contoso,DC=com")
  #expect(dn == (try DistinguishedName.parse("CN=SMITH\\, JOHN,OU=staff,dc=contoso,dc=com")))
  #expect(DistinguishedName.escape(" #lead+") == "\\ #lead\\+")
  #expect(throws: DirectoryError.self) { try DistinguishedName.parse("not a dn") }
}

@Test func refusedChangesLeaveNothingBehind() throws {
  let lab = try seededLab()
  let sales = try DistinguishedName.parse("CN=Sales,OU=Groups,OU=Corp,DC=contoso,DC=com")
  let bob = try DistinguishedName.parse("CN=Bob Smith,OU=Users,OU=Corp,DC=contoso,DC=com")
  let ghost = try DistinguishedName.parse("CN=Ghost,OU=Users,OU=Corp,DC=contoso,DC=com")
  #expect(throws: DirectoryError.noSuchObject(ghost.description)) {
    try lab.directory.removeMembers(sales, [bob, ghost])
  }
  #expect(try lab.directory.entry(sales, attributes: .names(["member"]))?.members.count == 4)
}

/// Long lists of equalities on one attribute become one membership test and answer as the
/// same filter written term by term does.
@Test func gatheredListsAnswerAsTheirTerms() throws {
  let lab = try seededLab()
  let misses = (0..<20).map { "(cn=nobody\($0))" }.joined()
  #expect(
    try names(lab, "(|\(misses)(cn=Bob Smith)(cn=Alice Johnson))").sorted() == [
      "Alice Johnson", "Bob Smith",
    ])
  let sales = try names(lab, "(&(objectClass=user)(department=Sales))")
  #expect(sales.count > 1)
  let departments = (0..<20).map { "(department=none\($0))" }.joined()
  let gathered = try names(lab, "(&(objectClass=user)(|\(departments)(department=Sales)))")
  #expect(gathered == sales)
  let negations = (0..<20).map { "(!(department=none\($0)))" }.joined()
  let notBob = try names(
    lab, "(&(objectClass=user)(department=Sales)\(negations)(!(cn=Bob Smith)))")
  #expect(notBob == sales.filter { $0 != "Bob Smith" })
  let enabled = try names(lab, "(userAccountControl=512)")
  #expect(!enabled.isEmpty)
  let codes = (0..<20).map { "(userAccountControl=\($0))" }.joined()
  #expect(try names(lab, "(|\(codes)(userAccountControl=512))") == enabled)
  let sql = try PredicateSQL(LDAPFilterParser.parse("(|\(misses))"))
  #expect(sql.sql.contains("json_each(?)"))
  #expect(sql.arguments.count == 1)
}

@Test func aComparisonWithAnInvalidValueIsUndefinedAndNotKeepsItSo() throws {
  let lab = try seededLab()
  #expect(try names(lab, "(!(whenCreated<=garbage))").isEmpty)
  #expect(try names(lab, "(!(userAccountControl>=abc))").isEmpty)
  #expect(try names(lab, "(&(cn=Bob Smith)(!(userAccountControl>=abc)))").isEmpty)
  #expect(try names(lab, "(|(cn=Bob Smith)(!(userAccountControl>=abc)))") == ["Bob Smith"])
  #expect(try names(lab, "(!(&(cn=Bob Smith)(userAccountControl>=abc)))").count > 1)
  #expect(try names(lab, "(!(|(cn=Bob Smith)(userAccountControl>=abc)))").isEmpty)
  let codes = (0..<20).map { "(!(userAccountControl=\($0)))" }.joined()
  #expect(try names(lab, "(&(cn=Bob Smith)\(codes)(!(userAccountControl=bad)))").isEmpty)
  #expect(try names(lab, "(&(cn=Bob Smith)\(codes))") == ["Bob Smith"])
  let sql = try PredicateSQL(LDAPFilterParser.parse("(!(whenCreated<=garbage))"))
  #expect(sql.sql == "NOT NULL")
}
