import GRDB

/// The versioned schema: each migration runs once, in order, inside its own transaction.
///
/// v1 holds the directory: `object` (one row per entry, with the columns every lookup needs),
/// `attribute` (every further attribute value, one row each, so multi-valued and arbitrary
/// attributes need no schema change), `link` (member ↔ memberOf by object id, so renames and
/// moves never rewrite links) and `setting` (domain facts and counters). Later issues add the
/// tenant and metaverse tables as new migrations.
extension LabStore {
  static let migrator: DatabaseMigrator = {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.execute(
        sql: """
          CREATE TABLE setting (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
          );
          CREATE TABLE object (
            id INTEGER PRIMARY KEY,
            guid TEXT NOT NULL UNIQUE,
            dn TEXT NOT NULL,
            dnKey TEXT NOT NULL UNIQUE,
            treeKey TEXT NOT NULL UNIQUE,
            parentId INTEGER REFERENCES object(id),
            objectClass TEXT NOT NULL,
            nameKey TEXT NOT NULL,
            samAccountName TEXT,
            samKey TEXT UNIQUE,
            sid TEXT UNIQUE,
            isProtected INTEGER NOT NULL DEFAULT 0,
            whenCreated TEXT NOT NULL,
            whenChanged TEXT NOT NULL,
            usnCreated INTEGER NOT NULL,
            usnChanged INTEGER NOT NULL
          );
          CREATE INDEX object_parent ON object(parentId);
          CREATE INDEX object_class_name ON object(objectClass, nameKey);
          CREATE INDEX object_name ON object(nameKey);
          CREATE TABLE attribute (
            objectId INTEGER NOT NULL REFERENCES object(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            position INTEGER NOT NULL,
            value TEXT NOT NULL,
            valueKey TEXT NOT NULL,
            intValue INTEGER,
            PRIMARY KEY (objectId, name, position)
          ) WITHOUT ROWID;
          CREATE INDEX attribute_value ON attribute(name, valueKey);
          CREATE INDEX attribute_integer ON attribute(name, intValue) WHERE intValue IS NOT NULL;
          CREATE TABLE link (
            groupId INTEGER NOT NULL REFERENCES object(id) ON DELETE CASCADE,
            memberId INTEGER NOT NULL REFERENCES object(id) ON DELETE CASCADE,
            PRIMARY KEY (groupId, memberId)
          ) WITHOUT ROWID;
          CREATE INDEX link_member ON link(memberId, groupId);
          """)
    }
    registerTenantMigration(&migrator)
    registerSyncSchema(&migrator)
    return migrator
  }()
}
