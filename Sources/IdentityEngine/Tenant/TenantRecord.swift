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

  static func onPremises(_ row: PositionedRow) -> OnPremisesIdentity {
    OnPremisesIdentity(
      syncEnabled: row["onPremisesSyncEnabled"], immutableId: row["onPremisesImmutableId"],
      securityIdentifier: row["onPremisesSecurityIdentifier"],
      samAccountName: row["onPremisesSamAccountName"], domainName: row["onPremisesDomainName"],
      netBiosName: row["onPremisesNetBiosName"],
      userPrincipalName: row["onPremisesUserPrincipalName"],
      distinguishedName: row["onPremisesDistinguishedName"],
      lastSyncDateTime: parse(row["onPremisesLastSyncDateTime"]))
  }

  /// A user or group from its row and its multi-valued properties.
  static func object(from row: PositionedRow, values: [String: [String]]) -> TenantObject? {
    let created = parse(row["createdDateTime"]) ?? Date(timeIntervalSince1970: 0)
    let deleted = parse(row["deletedDateTime"])
    switch row["kind"] as String {
    case "group":
      let type = (row["writebackGroupType"] as String?).flatMap(OnPremisesGroupType.init(rawValue:))
      return .group(
        TenantGroup(
          id: row["id"], displayName: row["displayName"], description: row["description"],
          mailNickname: row["mailNickname"], mail: row["mail"],
          mailEnabled: row["mailEnabled"] ?? false,
          securityEnabled: row["securityEnabled"] ?? false,
          groupTypes: values["groupTypes"] ?? [], visibility: row["visibility"],
          proxyAddresses: values["proxyAddresses"] ?? [],
          writebackConfiguration: WritebackConfiguration(
            isEnabled: row["writebackEnabled"], onPremisesGroupType: type),
          onPremises: onPremises(row), createdDateTime: created, deletedDateTime: deleted,
          usnCreated: row["usnCreated"], usnChanged: row["usnChanged"]))
    case "user":
      return .user(
        TenantUser(
          id: row["id"], displayName: row["displayName"],
          userPrincipalName: row["userPrincipalName"] ?? "", mail: row["mail"],
          mailNickname: row["mailNickname"], givenName: row["givenName"],
          surname: row["surname"], jobTitle: row["jobTitle"], department: row["department"],
          accountEnabled: row["accountEnabled"] ?? true, userType: row["userType"] ?? "Member",
          usageLocation: row["usageLocation"], proxyAddresses: values["proxyAddresses"] ?? [],
          onPremises: onPremises(row), createdDateTime: created, deletedDateTime: deleted,
          usnCreated: row["usnCreated"], usnChanged: row["usnChanged"]))
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
