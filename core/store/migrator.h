#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

class Connection;

// Brings a database to the schema this build knows, one versioned migration at a time, each in
// its own transaction. A database written by a newer UserSync is refused, never touched.
class Migrator
{
public:
    struct Migration
    {
        int version;
        QString description;
        QString resource; // SQL file embedded under :/usersync/migrations
    };

    explicit Migrator(Connection &connection);

    static const QList<Migration> &migrations();
    static int latestVersion();
    // The statements of one migration with the engine's types substituted.
    static QStringList statements(const Migration &migration, bool postgres);

    // 0 for an empty database.
    Result<int> currentVersion();
    // Applies every migration above the current version up to `target` (default: all).
    StoreError migrate(int target = -1);

private:
    StoreError ensureVersionTable();
    StoreError apply(const Migration &migration);

    Connection &m_connection;
};
