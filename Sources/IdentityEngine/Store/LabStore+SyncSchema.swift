import GRDB

/// The v3 tables of the Connect sync engine.
///
/// `sync_parameter` keeps the global settings in the server's enumeration order,
/// `sync_connector` the two connectors, `sync_rule` each rule as JSON beside the columns the
/// engine sorts by, `sync_cs` one row per connector-space object (with its pending export),
/// `sync_mv` the metaverse and `sync_mv_key` the values join rules look up, `sync_run` the run
/// history. `sync_ad_deleted` is filled by a trigger when a directory object is deleted, and
/// the index on `object(usnChanged)` lets a delta import read only what changed, so delta work
/// follows the size of the change, not of the lab.
extension LabStore {
  static func registerSyncSchema(_ migrator: inout DatabaseMigrator) {
    migrator.registerMigration("v3") { db in
      try db.execute(
        sql: """
          CREATE TABLE sync_parameter (
            name TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
            position INTEGER NOT NULL,
            value TEXT NOT NULL
          );
          CREATE TABLE sync_connector (
            identifier TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            kind TEXT NOT NULL,
            position INTEGER NOT NULL,
            fullSyncRequired INTEGER NOT NULL DEFAULT 0
          );
          CREATE TABLE sync_rule (
            identifier TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
            position INTEGER NOT NULL,
            body TEXT NOT NULL
          );
          CREATE TABLE sync_mv (
            id INTEGER PRIMARY KEY,
            guid TEXT NOT NULL UNIQUE,
            objectType TEXT NOT NULL,
            attributes TEXT NOT NULL,
            contributors TEXT NOT NULL DEFAULT '{}'
          );
          CREATE TABLE sync_mv_key (
            name TEXT NOT NULL,
            valueKey TEXT NOT NULL,
            mvId INTEGER NOT NULL REFERENCES sync_mv(id) ON DELETE CASCADE,
            PRIMARY KEY (name, valueKey, mvId)
          ) WITHOUT ROWID;
          CREATE INDEX sync_mv_key_object ON sync_mv_key(mvId);
          CREATE TABLE sync_cs (
            id INTEGER PRIMARY KEY,
            guid TEXT NOT NULL UNIQUE,
            connector TEXT NOT NULL,
            dn TEXT NOT NULL,
            dnKey TEXT NOT NULL,
            anchor TEXT,
            objectType TEXT NOT NULL,
            mvId INTEGER REFERENCES sync_mv(id) ON DELETE SET NULL,
            attributes TEXT NOT NULL,
            lineage TEXT NOT NULL DEFAULT '[]',
            isProvisioned INTEGER NOT NULL DEFAULT 0,
            pendingSync INTEGER NOT NULL DEFAULT 0,
            exportAction TEXT,
            exportDN TEXT,
            exportAttributes TEXT
          );
          CREATE UNIQUE INDEX sync_cs_anchor ON sync_cs(connector, anchor) WHERE anchor IS NOT NULL;
          CREATE INDEX sync_cs_dn ON sync_cs(connector, dnKey);
          CREATE INDEX sync_cs_mv ON sync_cs(mvId);
          CREATE INDEX sync_cs_pending ON sync_cs(connector) WHERE pendingSync = 1;
          CREATE INDEX sync_cs_export ON sync_cs(connector) WHERE exportAction IS NOT NULL;
          CREATE TABLE sync_run (
            id INTEGER PRIMARY KEY,
            runHistoryId TEXT NOT NULL,
            connector TEXT NOT NULL,
            runProfileName TEXT NOT NULL,
            runNumber INTEGER NOT NULL,
            result TEXT NOT NULL,
            startDate REAL NOT NULL,
            endDate REAL NOT NULL,
            counters TEXT NOT NULL
          );
          CREATE TABLE sync_ad_deleted (
            guid TEXT PRIMARY KEY NOT NULL
          );
          CREATE TRIGGER sync_ad_object_deleted AFTER DELETE ON object
          BEGIN
            INSERT OR REPLACE INTO sync_ad_deleted(guid) VALUES (old.guid);
          END;
          CREATE INDEX sync_object_usn ON object(usnChanged);
          """)
    }
    // A delta synchronization reads the objects an import marked (changed or deleted); this
    // index finds both kinds without scanning the connector space.
    migrator.registerMigration("v3.1-sync-pending") { db in
      try db.execute(
        sql: "CREATE INDEX sync_cs_pending_any ON sync_cs(connector) WHERE pendingSync <> 0")
    }
    // Set-ADSyncSchedulerConnectorOverride -FullImportRequired: beside fullSyncRequired, the
    // scheduler's other per-connector override; the next cycle runs a Full Import on the
    // connector instead of its Delta Import.
    migrator.registerMigration("v3.2-sync-full-import") { db in
      try db.execute(
        sql: "ALTER TABLE sync_connector ADD COLUMN fullImportRequired INTEGER NOT NULL DEFAULT 0")
    }
    // Sync errors you can read: each connector-space object keeps its last export error and
    // its last synchronization error (type, code, text, first and last occurrence, retries),
    // and each run step the errors it met.
    migrator.registerMigration("v3.3-sync-errors") { db in
      try db.execute(
        sql: """
          CREATE TABLE sync_cs_error (
            csId INTEGER NOT NULL REFERENCES sync_cs(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            body TEXT NOT NULL,
            PRIMARY KEY (csId, kind)
          );
          ALTER TABLE sync_run ADD COLUMN errors TEXT NOT NULL DEFAULT '[]';
          """)
    }
  }
}
