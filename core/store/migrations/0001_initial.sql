-- UserSync schema version 1: sync bookkeeping and the built-in directory (DESIGN §3).
-- {{ID}} and {{BIGINT}} are replaced per engine; flags are INTEGER 0/1 on both engines;
-- timestamps are ISO-8601 UTC text.

CREATE TABLE sync_sources (
    id {{ID}},
    name TEXT NOT NULL CHECK (name <> ''),
    source_type TEXT NOT NULL,
    display_name TEXT,
    enabled INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
    options TEXT NOT NULL DEFAULT '{}',
    sort INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_sources_name ON sync_sources (name);

CREATE TABLE sync_tasks (
    id {{ID}},
    batch TEXT NOT NULL,
    source_id {{BIGINT}} NOT NULL REFERENCES sync_sources (id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'init'
        CHECK (status IN ('init', 'processing', 'success', 'partial', 'failed', 'cancelled')),
    message TEXT NOT NULL DEFAULT '',
    cost_ms {{BIGINT}},
    attempt INTEGER NOT NULL DEFAULT 1,
    counts TEXT NOT NULL DEFAULT '{}',
    phase TEXT NOT NULL DEFAULT '',
    records_done {{BIGINT}} NOT NULL DEFAULT 0,
    payload TEXT,
    cancel_requested INTEGER NOT NULL DEFAULT 0 CHECK (cancel_requested IN (0, 1)),
    owner_host TEXT,
    owner_pid {{BIGINT}},
    owner_instance TEXT,
    heartbeat_at TEXT,
    created_at TEXT NOT NULL,
    started_at TEXT,
    finished_at TEXT,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_tasks_batch ON sync_tasks (batch);
-- One running task per source, enforced by the database across processes and workstations.
CREATE UNIQUE INDEX ux_tasks_running ON sync_tasks (source_id) WHERE status IN ('init', 'processing');
CREATE INDEX ix_tasks_source ON sync_tasks (source_id, id);

CREATE TABLE sync_records (
    id {{ID}},
    source_name TEXT NOT NULL,
    data_type TEXT NOT NULL CHECK (data_type IN ('user', 'department')),
    uid TEXT NOT NULL CHECK (uid <> ''),
    parent_uid TEXT,
    meta_data TEXT NOT NULL,
    last_meta_data TEXT,
    content_hash TEXT NOT NULL DEFAULT '',
    last_batch TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_records_identity ON sync_records (source_name, data_type, uid);
-- Departments waiting for a parent that has not arrived yet are found by this index.
CREATE INDEX ix_records_parent ON sync_records (source_name, parent_uid) WHERE parent_uid IS NOT NULL;

CREATE TABLE sync_record_resources (
    id {{ID}},
    record_id {{BIGINT}} NOT NULL REFERENCES sync_records (id) ON DELETE CASCADE,
    resource TEXT NOT NULL,
    resource_pk TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_record_links ON sync_record_resources (record_id, resource, resource_pk);
CREATE INDEX ix_record_links_target ON sync_record_resources (resource, resource_pk);

CREATE TABLE sync_task_results (
    id {{ID}},
    task_id {{BIGINT}} NOT NULL REFERENCES sync_tasks (id) ON DELETE CASCADE,
    attempt INTEGER NOT NULL DEFAULT 1,
    data_type TEXT NOT NULL,
    uid TEXT NOT NULL DEFAULT '',
    resource TEXT NOT NULL,
    action TEXT NOT NULL
        CHECK (action IN ('created', 'updated', 'unchanged', 'deleted', 'failed', 'skipped')),
    message TEXT NOT NULL DEFAULT '',
    record_id {{BIGINT}},
    raw TEXT
);
CREATE INDEX ix_task_results_task ON sync_task_results (task_id, action);

CREATE TABLE users (
    id {{ID}},
    nickname TEXT NOT NULL DEFAULT '',
    username TEXT,
    email TEXT,
    phone TEXT,
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    protected INTEGER NOT NULL DEFAULT 0 CHECK (protected IN (0, 1)),
    custom TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_users_username ON users (username) WHERE username IS NOT NULL AND username <> '';
CREATE UNIQUE INDEX ux_users_email ON users (email) WHERE email IS NOT NULL AND email <> '';
CREATE UNIQUE INDEX ux_users_phone ON users (phone) WHERE phone IS NOT NULL AND phone <> '';

CREATE TABLE departments (
    id {{ID}},
    title TEXT NOT NULL DEFAULT '',
    parent_id {{BIGINT}} REFERENCES departments (id) ON DELETE SET NULL,
    is_leaf INTEGER NOT NULL DEFAULT 1 CHECK (is_leaf IN (0, 1)),
    sort INTEGER NOT NULL DEFAULT 0,
    custom TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX ix_departments_parent ON departments (parent_id);

CREATE TABLE department_users (
    user_id {{BIGINT}} NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    department_id {{BIGINT}} NOT NULL REFERENCES departments (id) ON DELETE CASCADE,
    is_owner INTEGER NOT NULL DEFAULT 0 CHECK (is_owner IN (0, 1)),
    is_main INTEGER NOT NULL DEFAULT 0 CHECK (is_main IN (0, 1)),
    -- NULL for memberships made by hand; a sync replaces only the ones its source made.
    managed_by_source TEXT,
    created_at TEXT NOT NULL,
    CONSTRAINT department_users_pkey PRIMARY KEY (user_id, department_id)
);
CREATE INDEX ix_department_users_department ON department_users (department_id);
CREATE UNIQUE INDEX ux_department_users_main ON department_users (user_id) WHERE is_main = 1;
