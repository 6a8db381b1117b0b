#include "testdatabase.h"

#include "store/connection.h"

#include <QRandomGenerator>
#include <QUuid>

bool TestDatabase::postgresAvailable()
{
    return !qEnvironmentVariable("USERSYNC_TEST_PG_URL").isEmpty();
}

QString TestDatabase::postgresMissingReason()
{
    return QStringLiteral(
        "PostgreSQL tests need USERSYNC_TEST_PG_URL; scripts/test.sh starts a throwaway server");
}

DatabaseConfig TestDatabase::serverConfig()
{
    QString error;
    DatabaseConfig config =
        DatabaseConfig::fromUrl(qEnvironmentVariable("USERSYNC_TEST_PG_URL"), &error);
    config.setPassword(qEnvironmentVariable("USERSYNC_TEST_PG_PASSWORD"));
    return config;
}

TestDatabase::TestDatabase(const QString &engine)
{
    if (engine == QLatin1String("sqlite")) {
        m_config = DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("usersync.sqlite")));
        return;
    }
    if (!postgresAvailable()) {
        m_error = postgresMissingReason();
        return;
    }
    const DatabaseConfig server = serverConfig();
    const QString name =
        QStringLiteral("usersync_t_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
    {
        Connection admin(server);
        if (!admin.isOpen()) {
            m_error = admin.openError().message();
            return;
        }
        if (StoreError error = admin.exec(QStringLiteral("CREATE DATABASE ") + name)) {
            m_error = error.message();
            return;
        }
    }
    m_createdDatabase = name;
    m_config = DatabaseConfig::postgres(server.host(), server.port(), server.user(), name);
    m_config.setPassword(server.password());
}

TestDatabase::~TestDatabase()
{
    if (m_createdDatabase.isEmpty())
        return;
    Connection admin(serverConfig());
    if (admin.isOpen())
        admin.exec(
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_createdDatabase));
}
