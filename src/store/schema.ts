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
  // 5: reviewing a long history (issue 13). Items know whether they have text to read (a favourite or boost that is
  // only a link cannot be judged: "not checked") and how much others engaged with them; a full-text index folds accents
  // (unicode61 remove_diacritics 2: "election" finds « élection »); every change of decisions is logged with what it
  // replaced, so that a bulk decision is undone as one step; saved triage rules; and a to-do tick on each decision.
  // impartial_readable() is registered by the store before migrating (store.ts) so that old rows are classified too.
  `
  ALTER TABLE items ADD COLUMN readable INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE items ADD COLUMN engagement INTEGER;
  UPDATE items SET readable = impartial_readable(text);
  ALTER TABLE decisions ADD COLUMN done_at TEXT;

  CREATE VIRTUAL TABLE IF NOT EXISTS items_fts USING fts5 (text, content = 'items', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2');
  CREATE TRIGGER IF NOT EXISTS items_fts_insert AFTER INSERT ON items BEGIN
    INSERT INTO items_fts (rowid, text) VALUES (new.rowid, new.text);
  END;
  CREATE TRIGGER IF NOT EXISTS items_fts_delete AFTER DELETE ON items BEGIN
    INSERT INTO items_fts (items_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
  END;
  CREATE TRIGGER IF NOT EXISTS items_fts_update AFTER UPDATE OF text ON items WHEN old.text IS NOT new.text BEGIN
    INSERT INTO items_fts (items_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    INSERT INTO items_fts (rowid, text) VALUES (new.rowid, new.text);
  END;
  INSERT INTO items_fts (items_fts) VALUES ('rebuild');

  CREATE TABLE IF NOT EXISTS changes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    made_at TEXT NOT NULL,
    description TEXT NOT NULL,
    rule_id INTEGER,
    item_count INTEGER NOT NULL,
    undone_at TEXT
  );
  CREATE TABLE IF NOT EXISTS change_items (
    change_id INTEGER NOT NULL REFERENCES changes (id) ON DELETE CASCADE,
    platform TEXT NOT NULL,
    id TEXT NOT NULL,
    before_decision TEXT,
    before_note TEXT,
    before_decided_at TEXT,
    before_done_at TEXT,
    after_decision TEXT,
    after_note TEXT
  );
  CREATE INDEX IF NOT EXISTS change_items_by_change ON change_items (change_id);

  CREATE TABLE IF NOT EXISTS triage_rules (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    selection TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('keep', 'delete', 'edit', 'make-private')),
    note TEXT
  );
  `,
  // 6: the review's lists and counts at scale (bench/review.ts: 100,000 and 400,000 items). Each item carries its state's
  // rank (its assessment's level rank; −1 when unchecked: appropriate with no text to read) and its group's rank (own
  // words 0, shared 1, reacted 2: core/remedies.ts's GROUP_RANK_SQL), written with it by addBatch and kept by a trigger
  // when its assessment is replaced, and indexed in the orders of the attention view and of "by level": a first page is
  // an index walk of 50 entries, and counts read the index, not the whole history joined to its assessments. (Plain
  // columns, not generated ones: SQLite reads a generated column's value from the table even when an index holds it.)
  // Items by action then date: what a rule such as "likes before 2019 → unlike" selects, read from the index alone.
  // Assessments with categories are indexed apart, so that counts by category read only those.
  `
  ALTER TABLE items ADD COLUMN state_rank INTEGER NOT NULL DEFAULT -2;
  ALTER TABLE items ADD COLUMN group_rank INTEGER NOT NULL DEFAULT 0;
  UPDATE items SET
    state_rank = coalesce((SELECT CASE WHEN a.level_rank = 0 AND items.readable = 0 THEN -1 ELSE a.level_rank END FROM assessments a WHERE a.platform = items.platform AND a.id = items.id), -2),
    group_rank = CASE action WHEN 'share' THEN 1 WHEN 'like' THEN 2 WHEN 'follow' THEN 2 ELSE 0 END;
  CREATE INDEX IF NOT EXISTS items_by_attention ON items (group_rank, state_rank DESC, created_at DESC, platform, id);
  CREATE INDEX IF NOT EXISTS items_by_state ON items (state_rank DESC, created_at DESC, platform, id);
  CREATE INDEX IF NOT EXISTS items_by_action ON items (action, created_at, platform, id);
  CREATE INDEX IF NOT EXISTS assessments_with_categories ON assessments (platform, id, categories) WHERE categories <> '[]';
  CREATE TRIGGER IF NOT EXISTS assessments_rank_update AFTER UPDATE OF level_rank ON assessments WHEN old.level_rank IS NOT new.level_rank BEGIN
    UPDATE items SET state_rank = CASE WHEN new.level_rank = 0 AND readable = 0 THEN -1 ELSE new.level_rank END WHERE platform = new.platform AND id = new.id;
  END;
  `,
];

/** Written in the header of every review database (PRAGMA application_id): "Impa". Another program's database has another, or none. */
export const APPLICATION_ID = 0x496d7061;

export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * What an import into an empty store writes once at its end rather than row by row: the review's item indexes and the
 * full-text index's triggers. Kept in step with migrations 1, 5 and 6 above (a test compares them with a store
 * migrated from nothing). Maintaining them per row cost a first scan about 2.4× its writing time (bench/review.ts);
 * building each from the finished table is one sort. `assessments_with_categories` stays: queries name it.
 */
export const IMPORT_INDEXES: readonly { name: string; sql: string }[] = [
  { name: "items_by_date", sql: "CREATE INDEX IF NOT EXISTS items_by_date ON items (created_at)" },
  { name: "assessments_by_level", sql: "CREATE INDEX IF NOT EXISTS assessments_by_level ON assessments (level_rank)" },
  { name: "items_by_attention", sql: "CREATE INDEX IF NOT EXISTS items_by_attention ON items (group_rank, state_rank DESC, created_at DESC, platform, id)" },
  { name: "items_by_state", sql: "CREATE INDEX IF NOT EXISTS items_by_state ON items (state_rank DESC, created_at DESC, platform, id)" },
  { name: "items_by_action", sql: "CREATE INDEX IF NOT EXISTS items_by_action ON items (action, created_at, platform, id)" },
];

export const FTS_TRIGGERS: readonly { name: string; sql: string }[] = [
  {
    name: "items_fts_insert",
    sql: `CREATE TRIGGER IF NOT EXISTS items_fts_insert AFTER INSERT ON items BEGIN
    INSERT INTO items_fts (rowid, text) VALUES (new.rowid, new.text);
  END`,
  },
  {
    name: "items_fts_delete",
    sql: `CREATE TRIGGER IF NOT EXISTS items_fts_delete AFTER DELETE ON items BEGIN
    INSERT INTO items_fts (items_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
  END`,
  },
  {
    name: "items_fts_update",
    sql: `CREATE TRIGGER IF NOT EXISTS items_fts_update AFTER UPDATE OF text ON items WHEN old.text IS NOT new.text BEGIN
    INSERT INTO items_fts (items_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    INSERT INTO items_fts (rowid, text) VALUES (new.rowid, new.text);
  END`,
  },
];
