import Foundation
import GRDB

/// Converts tenant objects to and from `tenantObject` rows.
enum TenantRecord {
  /// Dates as Graph prints them: ISO 8601, UTC, whole seconds (`2024-01-15T09:00:00Z`).
  static func format(_ date: Date) -> String { date.formatted(.iso8601) }

  static func parse(_ text: String?) -> Date? {
    guard let text else { return nil }
    return try? Date(text, strategy: .iso8601)
  }

  /// The column values of a group (kind-specific columns of users left null).
  static func columns(_ group: TenantGroup) -> [(String, DatabaseValueConvertible?)] {
    [
      ("kind", "group"), ("displayName", group.displayName), ("description", group.description),
      ("mailNickname", group.mailNickname), ("mail", group.mail),
      ("mailEnabled", group.mailEnabled), ("securityEnabled", group.securityEnabled),
      ("visibility", group.visibility),
      ("writebackEnabled", group.writebackConfiguration.isEnabled),
      ("writebackGroupType", group.writebackConfiguration.onPremisesGroupType?.rawValue),
    ] + onPremisesColumns(group.onPremises) + [
      ("createdDateTime", format(group.createdDateTime)),
      ("deletedDateTime", group.deletedDateTime.map(format)),
    ]
  }

  /// The column values of a user.
  static func columns(_ user: TenantUser) -> [(String, DatabaseValueConvertible?)] {
    [
      ("kind", "user"), ("displayName", user.displayName),
      ("userPrincipalName", user.userPrincipalName), ("mail", user.mail),
      ("mailNickname", user.mailNickname), ("givenName", user.givenName),
      ("surname", user.surname), ("jobTitle", user.jobTitle), ("department", user.department),
      ("accountEnabled", user.accountEnabled), ("userType", user.userType),
      ("usageLocation", user.usageLocation),
    ] + onPremisesColumns(user.onPremises) + [
      ("createdDateTime", format(user.createdDateTime)),
      ("deletedDateTime", user.deletedDateTime.map(format)),
    ]
  }

  static func onPremisesColumns(_ identity: OnPremisesIdentity)
    -> [(String, DatabaseValueConvertible?)]
  {
    [
      ("onPremisesSyncEnabled", identity.syncEnabled),
      ("onPremisesImmutableId", identity.immutableId),
      ("onPremisesSecurityIdentifier", identity.securityIdentifier),
      ("onPremisesSamAccountName", identity.samAccountName),
      ("onPremisesDomainName", identity.domainName),
      ("onPremisesNetBiosName", identity.netBiosName),
      ("onPremisesUserPrincipalName", identity.userPrincipalName),
      ("onPremisesDistinguishedName", identity.distinguishedName),
      ("onPremisesLastSyncDateTime", identity.lastSyncDateTime.map(format)),
    ]
  }

  static func onPremises(_ row: PositionedRow) throws -> OnPremisesIdentity {
    OnPremisesIdentity(
      syncEnabled: try row.decode(forColumn: "onPremisesSyncEnabled"),
      immutableId: try row.decode(forColumn: "onPremisesImmutableId"),
      securityIdentifier: try row.decode(forColumn: "onPremisesSecurityIdentifier"),
      samAccountName: try row.decode(forColumn: "onPremisesSamAccountName"),
      domainName: try row.decode(forColumn: "onPremisesDomainName"),
      netBiosName: try row.decode(forColumn: "onPremisesNetBiosName"),
      userPrincipalName: try row.decode(forColumn: "onPremisesUserPrincipalName"),
      distinguishedName: try row.decode(forColumn: "onPremisesDistinguishedName"),
      lastSyncDateTime: parse(try row.decode(forColumn: "onPremisesLastSyncDateTime")))
  }

  /// A user or group from its row and its multi-valued properties.
  static func object(from row: PositionedRow, values: [String: [String]]) throws
    -> TenantObject?
  {
    let created =
      parse(try row.decode(forColumn: "createdDateTime")) ?? Date(timeIntervalSince1970: 0)
    let deleted = parse(try row.decode(forColumn: "deletedDateTime"))
    switch try row.decode(String.self, forColumn: "kind") {
    case "group":
      let type = (try row.decode(String?.self, forColumn: "writebackGroupType")).flatMap(
        OnPremisesGroupType.init(rawValue:))
      return .group(
        TenantGroup(
          id: try row.decode(forColumn: "id"),
          displayName: try row.decode(forColumn: "displayName"),
          description: try row.decode(forColumn: "description"),
          mailNickname: try row.decode(forColumn: "mailNickname"),
          mail: try row.decode(forColumn: "mail"),
          mailEnabled: try row.decode(forColumn: "mailEnabled") ?? false,
          securityEnabled: try row.decode(forColumn: "securityEnabled") ?? false,
          groupTypes: values["groupTypes"] ?? [],
          visibility: try row.decode(forColumn: "visibility"),
          proxyAddresses: values["proxyAddresses"] ?? [],
          writebackConfiguration: WritebackConfiguration(
            isEnabled: try row.decode(forColumn: "writebackEnabled"), onPremisesGroupType: type),
          onPremises: try onPremises(row), createdDateTime: created, deletedDateTime: deleted,
          usnCreated: try row.decode(forColumn: "usnCreated"),
          usnChanged: try row.decode(forColumn: "usnChanged")))
    case "user":
      return .user(
        TenantUser(
          id: try row.decode(forColumn: "id"),
          displayName: try row.decode(forColumn: "displayName"),
          userPrincipalName: try row.decode(forColumn: "userPrincipalName") ?? "",
          mail: try row.decode(forColumn: "mail"),
          mailNickname: try row.decode(forColumn: "mailNickname"),
          givenName: try row.decode(forColumn: "givenName"),
          surname: try row.decode(forColumn: "surname"),
          jobTitle: try row.decode(forColumn: "jobTitle"),
          department: try row.decode(forColumn: "department"),
          accountEnabled: try row.decode(forColumn: "accountEnabled") ?? true,
          userType: try row.decode(forColumn: "userType") ?? "Member",
          usageLocation: try row.decode(forColumn: "usageLocation"),
          proxyAddresses: values["proxyAddresses"] ?? [],
          onPremises: try onPremises(row), createdDateTime: created, deletedDateTime: deleted,
          usnCreated: try row.decode(forColumn: "usnCreated"),
          usnChanged: try row.decode(forColumn: "usnChanged")))
    default:
      return nil
    }
  }

  /// Inserts a new row and returns its row id.
  static func insert(
    _ db: Database, id: String, _ columns: [(String, DatabaseValueConvertible?)], usn: Int64
  ) throws -> Int64 {
    let names = ["id"] + columns.map(\.0) + ["usnCreated", "usnChanged"]
    let marks = names.map { _ in "?" }.joined(separator: ", ")
    let arguments: [DatabaseValueConvertible?] = [id] + columns.map(\.1) + [usn, usn]
    try db.execute(
      sql: "INSERT INTO tenantObject(\(names.joined(separator: ", "))) VALUES (\(marks))",
      arguments: StatementArguments(arguments))
    return db.lastInsertedRowID
  }

  /// Rewrites the columns of an existing row and stamps its change number.
  static func update(
    _ db: Database, rowId: Int64, _ columns: [(String, DatabaseValueConvertible?)], usn: Int64
  ) throws {
    let assignments = (columns.map(\.0) + ["usnChanged"]).map { "\($0) = ?" }
      .joined(separator: ", ")
    let arguments: [DatabaseValueConvertible?] = columns.map(\.1) + [usn, rowId]
    try db.execute(
      sql: "UPDATE tenantObject SET \(assignments) WHERE rowId = ?",
      arguments: StatementArguments(arguments))
  }
}
