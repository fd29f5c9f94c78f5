import Foundation
import Testing

@testable import IdentityEngine

/// A fresh seeded in-memory lab.
func seededLab() throws -> Lab { try Lab(path: ":memory:") }

let domainDN = DistinguishedName(
  rdns: [.init(type: "DC", value: "contoso"), .init(type: "DC", value: "com")])

/// The names of the objects an LDAP filter finds below `base`.
func names(_ lab: Lab, _ filter: String, base: DistinguishedName = domainDN) throws -> [String] {
  try lab.directory.search(base: base, filter: LDAPFilterParser.parse(filter)).map(\.name)
}

@Test func seededLabHoldsTheCompany() throws {
  let lab = try seededLab()
  #expect(try names(lab, "(&(objectCategory=person)(objectClass=user))").count == 23)
  #expect(try names(lab, "(objectClass=group)").count == 27)
  #expect(try names(lab, "(objectClass=computer)") == ["DC01", "WS001", "WS002", "SRV-FILE01"])
  #expect(Array(try lab.store.appliedMigrations().prefix(3)) == ["v1", "v2", "v3"])
}

@Test func equalityIgnoresCase() throws {
  let lab = try seededLab()
  #expect(try names(lab, "(sAMAccountName=AJOHNSON)") == ["Alice Johnson"])
  #expect(try names(lab, "(department=sales)").count == 4)
}

@Test func substringAndPresence() throws {
  let lab = try seededLab()
  #expect(
    try names(lab, "(&(objectClass=group)(name=*Admins))") == [
      "Domain Admins", "Schema Admins", "Enterprise Admins", "IT Admins",
    ])
  #expect(try names(lab, "(proxyAddresses=*)") == ["Alice Johnson", "Marketing", "Sales Team DL"])
  #expect(try names(lab, "(&(objectClass=user)(givenName=A*e))") == ["Alice Johnson"])
}

@Test func groupTypeBitwiseRules() throws {
  let lab = try seededLab()
  let unsigned = try names(
    lab, "(&(objectClass=group)(groupType:1.2.840.113556.1.4.803:=2147483648))")
  let signed = try names(
    lab, "(&(objectClass=group)(groupType:1.2.840.113556.1.4.803:=-2147483648))")
  #expect(unsigned == signed)
  #expect(unsigned.count == 25)
  #expect(
    try names(lab, "(groupType:1.2.840.113556.1.4.804:=8)") == [
      "Schema Admins", "Enterprise Admins", "All Staff", "Sales Team DL",
    ])
  #expect(try names(lab, "(groupType=2147483650)").count == 11)
}

@Test func inChainFollowsNesting() throws {
  let lab = try seededLab()
  let readers = "CN=File Share Readers,OU=Groups,OU=Corp,DC=contoso,DC=com"
  let members = try names(lab, "(memberOf:1.2.840.113556.1.4.1941:=\(readers))")
  #expect(members.count == 18 + 7)
  let bob = "CN=Bob Smith,OU=Users,OU=Corp,DC=contoso,DC=com"
  #expect(
    try names(lab, "(member:1.2.840.113556.1.4.1941:=\(bob))") == [
      "Sales", "All Staff", "Sales Team DL", "File Share Readers",
    ])
}

@Test func negationIncludesObjectsWithoutTheAttribute() throws {
  let lab = try seededLab()
  let all = try names(lab, "(objectClass=user)").count
  let withMail = try names(lab, "(&(objectClass=user)(mail=*))").count
  #expect(try names(lab, "(&(objectClass=user)(!(mail=*)))").count == all - withMail)
}

@Test func scopesLimitTheSearch() throws {
  let lab = try seededLab()
  let corp = try DistinguishedName.parse("OU=Corp,DC=contoso,DC=com")
  #expect(
    try lab.directory.search(base: corp, scope: .oneLevel).map(\.name) == [
      "Users", "Groups", "Computers", "GroupWriteback",
    ])
  #expect(try lab.directory.search(base: corp, scope: .base).map(\.name) == ["Corp"])
  #expect(try lab.directory.search(base: corp, sizeLimit: 2).count == 2)
}

@Test func residueIsEvaluatedInMemory() throws {
  let lab = try seededLab()
  let predicate = try LDAPFilterParser.parse("(&(objectClass=group)(canonicalName=*/Groups/HR))")
  let translated = try PredicateSQL(predicate)
  #expect(translated.sql == "o.objectClass IN (?)")
  #expect(
    translated.residue
      == .substring("canonicalName", initial: nil, middle: [], final: "/Groups/HR"))
  #expect(try names(lab, "(&(objectClass=group)(canonicalName=*/Groups/HR))") == ["HR"])
}

@Test func unknownAttributeIsRefused() throws {
  let lab = try seededLab()
  #expect(throws: DirectoryError.unknownAttribute("favouriteColour")) {
    try names(lab, "(favouriteColour=blue)")
  }
}
