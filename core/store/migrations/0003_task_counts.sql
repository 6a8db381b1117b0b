-- UserSync schema version 3: outcomes that are counted rather than listed one row each.
-- A re-sync skips records whose content hash matches the stored origin record and counts them
-- here as unchanged; listing 100,000 identical "unchanged" rows cost more than the sync itself.

CREATE TABLE sync_task_counts (
    task_id {{BIGINT}} NOT NULL REFERENCES sync_tasks (id) ON DELETE CASCADE,
    attempt INTEGER NOT NULL DEFAULT 1,
    data_type TEXT NOT NULL,
    resource TEXT NOT NULL,
    action TEXT NOT NULL
        CHECK (action IN ('created', 'updated', 'unchanged', 'deleted', 'failed', 'skipped')),
    count {{BIGINT}} NOT NULL DEFAULT 0,
    CONSTRAINT sync_task_counts_pkey PRIMARY KEY (task_id, attempt, data_type, resource, action)
);

-- content_hash now also means "applied cleanly": it is emptied when a record failed or was
-- skipped, so that the next sync applies it again. Hashes written before this version do not
-- say that, so every record is applied once more in full on the first sync after the upgrade.
UPDATE sync_records SET content_hash = '';
