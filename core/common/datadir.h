#pragma once

#include <QString>

// The folder that holds the SQLite database, logs/ and plugins/.
// Chosen by --data-dir, else USERSYNC_DATA_DIR, else the platform's app-data folder.
class DataDir
{
public:
    static constexpr const char *EnvironmentVariable = "USERSYNC_DATA_DIR";

    static DataDir resolve(const QString &commandLineOverride = {});
    static QString defaultRoot();

    DataDir() = default;
    explicit DataDir(const QString &root);

    bool isValid() const { return !m_root.isEmpty(); }
    QString root() const { return m_root; }
    QString databaseFile() const;
    QString logsDir() const;
    QString rawLogDir() const;
    QString systemLogDir() const;
    QString pluginsDir() const;

    // Creates the folder tree; on failure returns false and says why in *error.
    bool ensureExists(QString *error) const;

private:
    QString m_root;
};
