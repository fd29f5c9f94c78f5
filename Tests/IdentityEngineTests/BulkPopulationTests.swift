import Foundation
import Testing

@testable import IdentityEngine

@Test func bulkPopulationAddsNumberedUsersAndGroupsWithOneMemberEach() throws {
  let lab = try seededLab()
  #expect(try lab.directory.addBulk(BulkPopulation(count: 7)) == 7)
  #expect(try names(lab, "(&(objectClass=user)(sAMAccountName=usr*))").count == 4)
  #expect(try names(lab, "(name=Grp*)") == ["Grp00000", "Grp00001", "Grp00002"])
  #expect(
    try names(lab, "(memberOf=CN=Grp00002,OU=Bulk,DC=contoso,DC=com)") == ["Usr00002"])
  #expect(try names(lab, "(userPrincipalName=usr00003@contoso.com)") == ["Usr00003"])
  #expect(try names(lab, "(groupType:1.2.840.113556.1.4.803:=4)").contains("Grp00001"))
}

@Test func bulkPopulationClashingWithAnAccountAddsNothing() throws {
  let lab = try seededLab()
  try lab.directory.addBulk(BulkPopulation(count: 4, ouName: "First"))
  #expect(throws: DirectoryError.samAccountNameInUse("usr00000")) {
    try lab.directory.addBulk(BulkPopulation(count: 6))
  }
  #expect(try names(lab, "(ou=Bulk)").isEmpty)
  #expect(try names(lab, "(sAMAccountName=usr*)").count == 2)
}

@Test func pagedSearchFindsWhatTheWholeSearchFinds() throws {
  let lab = try seededLab()
  try lab.directory.addBulk(BulkPopulation(count: 600))
  let filter = try LDAPFilterParser.parse("(|(objectClass=group)(cn=Usr001*))")
  let whole = try lab.directory.search(base: domainDN, filter: filter).map(\.name)
  var paged: [String] = []
  try lab.directory.search(base: domainDN, filter: filter, pageSize: 7) { paged.append($0.name) }
  #expect(paged == whole)
  var limited: [String] = []
  try lab.directory.search(base: domainDN, filter: filter, sizeLimit: 10, pageSize: 3) {
    limited.append($0.name)
  }
  #expect(limited == Array(whole.prefix(10)))
}

@Test(arguments: [
  ("20240115090000.0Z", 1_705_309_200.0), ("19700101000000.0Z", 0.0),
  ("20000229235959.0Z", 951_868_799.0), ("16010101000000.0Z", -11_644_473_600.0),
])
func generalizedTimeParsesAsTheFormatterDid(_ text: String, _ seconds: Double) {
  #expect(GeneralizedTime.parse(text) == Date(timeIntervalSince1970: seconds))
  #expect(GeneralizedTime.parse(text).map(GeneralizedTime.format) == text)
}

@Test func generalizedTimeRejectsWhatIsNotATime() {
  #expect(GeneralizedTime.parse("2024011509000") == nil)
  #expect(GeneralizedTime.parse("2024x115090000.0Z") == nil)
  #expect(GeneralizedTime.parse("20241315090000.0Z") == nil)
}

@Test func parsedCanonicalDNKeepsItsTextAndOthersArePrintedCanonically() throws {
  #expect(
    try DistinguishedName.parse("CN=Smith\\, John,DC=contoso").description
      == "CN=Smith\\, John,DC=contoso")
  #expect(try DistinguishedName.parse("cn=a , dc=b").description == "CN=a,DC=b")
  #expect(try DistinguishedName.parse("CN=x;DC=b").description == "CN=x,DC=b")
  #expect(
    try DistinguishedName.parse("CN=Smith\\2C Jane,DC=b").description == "CN=Smith\\, Jane,DC=b")
}

@Test(arguments: [
  (1_700_000_000.75, "20231114221320.0Z"), (-0.5, "19691231235959.0Z"),
  (4_107_542_399.0, "21000228235959.0Z"), (4_107_542_400.0, "21000301000000.0Z"),
])
func generalizedTimeFormatsWholeUTCSeconds(_ seconds: Double, _ text: String) {
  #expect(GeneralizedTime.format(Date(timeIntervalSince1970: seconds)) == text)
}
