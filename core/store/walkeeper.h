#pragma once

#include "databaseconfig.h"

#include <QMutex>

struct sqlite3;

// Holds one idle native connection to an SQLite database while a process works with it. When
// the last connection to a WAL database closes, SQLite checkpoints the whole log into the file
// and deletes it; every task opens and closes a connection of its own, so without a keeper each
// push paid for a checkpoint (README, "Performance"). The log is still checkpointed as it grows
// (wal_autocheckpoint) and when the keeper closes. Does nothing for PostgreSQL.
class WalKeeper
{
public:
    explicit WalKeeper(const DatabaseConfig &config);
    ~WalKeeper();
    Q_DISABLE_COPY_MOVE(WalKeeper)

    // Opens the keeper's connection unless it is open: call it from a worker thread (opening
    // reads the file) once another connection has opened the database. Thread-safe; the first
    // failure is final, since the keeper only saves time.
    void hold();
    bool isHolding() const;

private:
    DatabaseConfig m_config;
    mutable QMutex m_mutex;
    sqlite3 *m_db = nullptr;
    bool m_tried = false;
};
