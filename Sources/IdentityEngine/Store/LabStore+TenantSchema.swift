import GRDB

/// The tenant's tables (migration v2): Entra ID users and groups, their links, and the change
/// logs the sync engine reads.
///
/// Policy: `tenantObject` holds one row per user or group with the columns Graph filters on
/// (strings compared with NOCASE, as Graph compares them); multi-valued properties
/// (groupTypes, proxyAddresses) live in `tenantValue`; members and owners in `tenantLink`.
/// Every change stamps the object's `usnChanged` from the `tenant.usn` counter, and each link
/// change and hard delete appends a row to `tenantLinkLog` or `tenantDeletion` under the same
/// counter, so a delta reader asks for "everything above my watermark" and pays only for what
/// changed (indexes on `usnChanged` and on the log keys).
extension LabStore {
  static func registerTenantMigration(_ migrator: inout DatabaseMigrator) {
    migrator.registerMigration("v2") { db in
      try db.execute(
        sql: """
          CREATE TABLE tenantObject (
            rowId INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            displayName TEXT NOT NULL COLLATE NOCASE,
            description TEXT COLLATE NOCASE,
            mailNickname TEXT COLLATE NOCASE,
            mail TEXT COLLATE NOCASE,
            mailEnabled INTEGER,
            securityEnabled INTEGER,
            visibility TEXT,
            writebackEnabled INTEGER,
            writebackGroupType TEXT,
            userPrincipalName TEXT COLLATE NOCASE UNIQUE,
            accountEnabled INTEGER,
            givenName TEXT COLLATE NOCASE,
            surname TEXT COLLATE NOCASE,
            jobTitle TEXT COLLATE NOCASE,
            department TEXT COLLATE NOCASE,
            userType TEXT COLLATE NOCASE,
            usageLocation TEXT,
            onPremisesSyncEnabled INTEGER,
            onPremisesImmutableId TEXT,
            onPremisesSecurityIdentifier TEXT COLLATE NOCASE,
            onPremisesSamAccountName TEXT COLLATE NOCASE,
            onPremisesDomainName TEXT,
            onPremisesNetBiosName TEXT,
            onPremisesUserPrincipalName TEXT COLLATE NOCASE,
            onPremisesDistinguishedName TEXT,
            onPremisesLastSyncDateTime TEXT,
            createdDateTime TEXT NOT NULL,
            deletedDateTime TEXT,
            usnCreated INTEGER NOT NULL,
            usnChanged INTEGER NOT NULL
          );
          CREATE INDEX tenantObject_kind_name ON tenantObject(kind, displayName);
          CREATE INDEX tenantObject_nickname ON tenantObject(mailNickname);
          CREATE INDEX tenantObject_mail ON tenantObject(mail);
          CREATE INDEX tenantObject_immutable ON tenantObject(onPremisesImmutableId);
          CREATE INDEX tenantObject_usn ON tenantObject(usnChanged);
          CREATE TABLE tenantValue (
            objectRowId INTEGER NOT NULL REFERENCES tenantObject(rowId) ON DELETE CASCADE,
            name TEXT NOT NULL,
            position INTEGER NOT NULL,
            value TEXT NOT NULL COLLATE NOCASE,
            PRIMARY KEY (objectRowId, name, position)
          ) WITHOUT ROWID;
          CREATE INDEX tenantValue_value ON tenantValue(name, value);
          CREATE TABLE tenantLink (
            groupRowId INTEGER NOT NULL REFERENCES tenantObject(rowId) ON DELETE CASCADE,
            relation TEXT NOT NULL,
            targetRowId INTEGER NOT NULL REFERENCES tenantObject(rowId) ON DELETE CASCADE,
            PRIMARY KEY (groupRowId, relation, targetRowId)
          ) WITHOUT ROWID;
          CREATE INDEX tenantLink_target ON tenantLink(targetRowId, relation, groupRowId);
          CREATE TABLE tenantLinkLog (
            usn INTEGER PRIMARY KEY,
            groupId TEXT NOT NULL,
            relation TEXT NOT NULL,
            targetId TEXT NOT NULL,
            isAdded INTEGER NOT NULL
          );
          CREATE TABLE tenantDeletion (
            usn INTEGER PRIMARY KEY,
            id TEXT NOT NULL,
            kind TEXT NOT NULL
          );
          """)
    }
  }
}
