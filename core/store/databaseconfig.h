#pragma once

#include <QString>

// Where the store lives: an SQLite file (the default) or a PostgreSQL server shared by several
// workstations. The PostgreSQL password is never part of the URL; it comes from the keychain
// (see secretKey()) and is only held in memory.
class DatabaseConfig
{
public:
    enum class Engine { Sqlite, Postgres };

    static DatabaseConfig sqlite(const QString &path);
    static DatabaseConfig postgres(const QString &host, int port, const QString &user,
                                   const QString &databaseName);
    // Accepts a file path, "sqlite:PATH", or "postgresql://user@host:port/db".
    // Returns an invalid config and sets *error on bad input.
    static DatabaseConfig fromUrl(const QString &url, QString *error);

    bool isValid() const { return m_valid; }
    Engine engine() const { return m_engine; }
    bool isPostgres() const { return m_engine == Engine::Postgres; }
    QString driverName() const;

    QString sqlitePath() const { return m_sqlitePath; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString databaseName() const { return m_databaseName; }

    QString password() const { return m_password; }
    void setPassword(const QString &password) { m_password = password; }

    // The URL without any secret; safe for logs, settings and the window title.
    QString url() const;
    // Keychain entry that holds the PostgreSQL password for this server/user/database.
    QString secretKey() const;

private:
    bool m_valid = false;
    Engine m_engine = Engine::Sqlite;
    QString m_sqlitePath;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_databaseName;
    QString m_password;
};
