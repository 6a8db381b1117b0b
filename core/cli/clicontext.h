#pragma once

#include "common/datadir.h"
#include "store/databaseconfig.h"
#include "store/storeerror.h"

#include <QJsonValue>
#include <QString>

#include <memory>

class Connection;
class PluginLoader;
class ResourceRegistry;
class SecretStore;
class SourceRegistry;
class TaskRunner;

// What every command needs: the options, output streams, and the store opened on demand.
class CliContext
{
public:
    CliContext();
    ~CliContext();

    void setJson(bool json) { m_json = json; }
    bool json() const { return m_json; }
    void setDataDirOverride(const QString &dir) { m_dataDirOverride = dir; }
    void setDatabaseOverride(const QString &url) { m_databaseOverride = url; }

    void out(const QString &text) const;
    void err(const QString &text) const;
    void printJson(const QJsonValue &value) const;
    // Prints the message on stderr (or as {"error": ...} with --json) and returns the exit code.
    int fail(int exitCode, const QString &message) const;
    int usageError(const QString &message) const;
    // Maps a store error to the contract's exit code and prints it.
    int storeFailure(const StoreError &error) const;

    DataDir dataDir() const;
    // The configured database, password not yet resolved.
    DatabaseConfig databaseConfig(QString *error) const;

    // Sends log output to the system log file of the data folder.
    void startLogging();
    SecretStore *secrets();
    // Opens (creating/upgrading) the store; nullptr after printing an error, with *exitCode set.
    // The first open also marks tasks of dead processes interrupted, installs the system log
    // and applies log retention.
    Connection *connection(int *exitCode);
    DatabaseConfig openedConfig() const { return m_openedConfig; }

    // Built-in source types and resources plus those of installed plugins.
    SourceRegistry &sourceTypes();
    ResourceRegistry &resources();
    // A task runner on the opened store (call connection() first).
    TaskRunner &runner();

private:
    bool m_json = false;
    QString m_dataDirOverride;
    QString m_databaseOverride;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Connection> m_connection;
    DatabaseConfig m_openedConfig;
    std::unique_ptr<SourceRegistry> m_sourceTypes;
    std::unique_ptr<ResourceRegistry> m_resources;
    std::unique_ptr<PluginLoader> m_plugins;
    std::unique_ptr<TaskRunner> m_runner;
};
