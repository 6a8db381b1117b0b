-- UserSync schema version 2: API keys for the HTTP push API. Only a hash of each token is kept.

CREATE TABLE api_keys (
    id {{ID}},
    name TEXT NOT NULL CHECK (name <> ''),
    token_hash TEXT NOT NULL,
    token_prefix TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    last_used_at TEXT,
    revoked_at TEXT
);
CREATE UNIQUE INDEX ux_api_keys_name ON api_keys (name);
CREATE UNIQUE INDEX ux_api_keys_hash ON api_keys (token_hash);
