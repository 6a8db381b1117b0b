#include "databaseconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

DatabaseConfig DatabaseConfig::sqlite(const QString &path)
{
    DatabaseConfig config;
    config.m_valid = !path.isEmpty();
    config.m_engine = Engine::Sqlite;
    config.m_sqlitePath = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    return config;
}

DatabaseConfig DatabaseConfig::postgres(const QString &host, int port, const QString &user,
                                        const QString &databaseName)
{
    DatabaseConfig config;
    config.m_valid = !host.isEmpty() && !databaseName.isEmpty();
    config.m_engine = Engine::Postgres;
    config.m_host = host;
    config.m_port = port > 0 ? port : 5432;
    config.m_user = user;
    config.m_databaseName = databaseName;
    return config;
}

DatabaseConfig DatabaseConfig::fromUrl(const QString &text, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return DatabaseConfig();
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(
            QCoreApplication::translate("DatabaseConfig", "The database location is empty."));

    if (trimmed.startsWith(QLatin1String("postgresql://"))
        || trimmed.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return fail(QCoreApplication::translate("DatabaseConfig",
                                                    "“%1” is not a valid PostgreSQL URL. Expected "
                                                    "postgresql://user@host:port/database.")
                            .arg(trimmed));
        if (!url.password().isEmpty())
            return fail(
                QCoreApplication::translate("DatabaseConfig",
                                            "The PostgreSQL URL contains a password. Passwords "
                                            "are kept in the system keyring, never on the command "
                                            "line: remove it from the URL and store it with "
                                            "“usersync-cli database password URL”."));
        const QString database = url.path().mid(1);
        if (database.isEmpty())
            return fail(
                QCoreApplication::translate("DatabaseConfig",
                                            "The PostgreSQL URL “%1” names no database. Expected "
                                            "postgresql://user@host:port/database.")
                    .arg(trimmed));
        return postgres(url.host(), url.port(5432), url.userName(), database);
    }

    QString path = trimmed;
    if (path.startsWith(QLatin1String("sqlite://")))
        path = path.mid(9);
    else if (path.startsWith(QLatin1String("sqlite:")))
        path = path.mid(7);
    if (path.contains(QLatin1String("://")))
        return fail(
            QCoreApplication::translate("DatabaseConfig",
                                        "Unsupported database URL “%1”. Use a file path for SQLite "
                                        "or postgresql://user@host:port/database.")
                .arg(trimmed));
    return sqlite(path);
}

QString DatabaseConfig::driverName() const
{
    return m_engine == Engine::Postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

QString DatabaseConfig::url() const
{
    if (m_engine == Engine::Sqlite)
        return m_sqlitePath;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host);
    url.setPort(m_port);
    url.setUserName(m_user);
    url.setPath(QLatin1Char('/') + m_databaseName);
    return url.toString();
}

QString DatabaseConfig::secretKey() const
{
    return QStringLiteral("database/") + url();
}
