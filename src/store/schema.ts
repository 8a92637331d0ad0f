// The review database's schema, as migrations: entry N takes `PRAGMA user_version` from N to N + 1.
// Kept in TypeScript rather than a .sql file so that the build carries it into dist/ unchanged.
// items and assessments carry no `IN (…)` checks: SQLite builds a lookup table each time an insert runs,
// which doubled the cost of an import; the store validates those rows in code before writing them.

export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE imports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    platform TEXT NOT NULL,
    source_path TEXT NOT NULL,
    source_fingerprint TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed')),
    item_count INTEGER,
    error TEXT
  );
  CREATE INDEX imports_by_fingerprint ON imports (source_fingerprint);

  CREATE TABLE items (
    platform TEXT NOT NULL,
    id TEXT NOT NULL,
    action TEXT NOT NULL,
    created_at TEXT NOT NULL,
    text TEXT NOT NULL,
    in_reply_to TEXT,
    url TEXT,
    visibility TEXT NOT NULL,
    source_file TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    content_warning TEXT,
    before_service INTEGER NOT NULL,
    import_id INTEGER NOT NULL REFERENCES imports (id),
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    PRIMARY KEY (platform, id)
  );
  CREATE INDEX items_by_date ON items (created_at);

  CREATE TABLE assessments (
    platform TEXT NOT NULL,
    id TEXT NOT NULL,
    rules_version TEXT NOT NULL,
    level TEXT NOT NULL,
    level_rank INTEGER NOT NULL,
    score REAL NOT NULL,
    categories TEXT NOT NULL,
    findings TEXT NOT NULL,
    details TEXT NOT NULL,
    assessed_at TEXT NOT NULL,
    PRIMARY KEY (platform, id),
    FOREIGN KEY (platform, id) REFERENCES items (platform, id)
  );
  CREATE INDEX assessments_by_level ON assessments (level_rank);

  CREATE TABLE decisions (
    platform TEXT NOT NULL,
    id TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('keep', 'delete', 'edit', 'make-private')),
    note TEXT,
    decided_at TEXT NOT NULL,
    PRIMARY KEY (platform, id),
    FOREIGN KEY (platform, id) REFERENCES items (platform, id)
  );
  `,
  // 2: assessments keep the guidance quotes, questions and contacts they share with the corpus by id (compact.ts);
  // the tables are unchanged, and rows written before read as they were, but an older Impartial would show the ids.
  `-- no table changes`,
  // 3: an import records the process writing it (so a forget can tell a scan under way from one that died) and can be
  // 'interrupted' (Ctrl-C, SIGTERM, or found with its process gone) then cleared. SQLite cannot change a CHECK in
  // place: the table is rebuilt, with foreign keys off while the migrations run (see migrate in store.ts).
  `
  CREATE TABLE imports_v3 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    platform TEXT NOT NULL,
    source_path TEXT NOT NULL,
    source_fingerprint TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed', 'interrupted')),
    item_count INTEGER,
    error TEXT,
    owner_pid INTEGER,
    owner_host TEXT,
    cleared_at TEXT
  );
  INSERT INTO imports_v3 (id, platform, source_path, source_fingerprint, started_at, finished_at, status, item_count, error)
    SELECT id, platform, source_path, source_fingerprint, started_at, finished_at, status, item_count, error FROM imports;
  DROP TABLE imports;
  ALTER TABLE imports_v3 RENAME TO imports;
  CREATE INDEX imports_by_fingerprint ON imports (source_fingerprint);
  `,
  // 4: "this finding looks wrong" reports (feedback.ts): the report itself as JSON, checked in code before it is written.
  // IF NOT EXISTS: a database whose user_version was set back by hand (as tests do) is brought forward again.
  `
  CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    rules_version TEXT,
    report TEXT NOT NULL
  );
  `,
];

/** Written in the header of every review database (PRAGMA application_id): "Impa". Another program's database has another, or none. */
export const APPLICATION_ID = 0x496d7061;

export const SCHEMA_VERSION = MIGRATIONS.length;
