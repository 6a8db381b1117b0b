#pragma once

#include "common/datadir.h"
#include "secrets/memorysecretstore.h"
#include "store/databaseconfig.h"
#include "store/synctask.h"

#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

class ResourceRegistry;
class SourceRegistry;
class TaskRunner;

// The real engine on a fresh store for one scenario: a temporary data folder with its SQLite
// file, or a new database on the PostgreSQL server of --database (dropped again at the end),
// migrated, with the built-in source types and resources and a TaskRunner.
class BenchEngine
{
public:
    // `postgresUrl` empty: SQLite in the data folder.
    explicit BenchEngine(const QString &postgresUrl = {});
    ~BenchEngine();

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    DataDir dataDir() const { return m_dataDir; }
    const DatabaseConfig &database() const { return m_database; }
    TaskRunner &runner() { return *m_runner; }

    // Adds (or re-configures) the enabled sample source "bench".
    bool setSampleSource(const QJsonObject &options);
    // Runs a sync of "bench" to its end; the finished task, or a task with status Failed and
    // the refusal as its message.
    SyncTask sync();

    static constexpr const char *SourceName = "bench";

private:
    QTemporaryDir m_dir;
    DataDir m_dataDir;
    DatabaseConfig m_server;
    DatabaseConfig m_database;
    QString m_createdDatabase;
    MemorySecretStore m_secrets;
    std::unique_ptr<SourceRegistry> m_sources;
    std::unique_ptr<ResourceRegistry> m_resources;
    std::unique_ptr<TaskRunner> m_runner;
    QString m_error;
};
