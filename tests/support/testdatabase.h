#pragma once

#include "store/databaseconfig.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

// A throwaway database for one test: an SQLite file in a temporary folder, or a fresh database
// on the PostgreSQL server that scripts/test.sh started (USERSYNC_TEST_PG_URL), dropped again
// when the object goes away.
class TestDatabase
{
public:
    static QStringList engines()
    {
        return {QStringLiteral("sqlite"), QStringLiteral("postgresql")};
    }
    static bool postgresAvailable();
    static QString postgresMissingReason();

    explicit TestDatabase(const QString &engine);
    ~TestDatabase();

    bool isValid() const { return m_config.isValid(); }
    QString error() const { return m_error; }
    const DatabaseConfig &config() const { return m_config; }
    // The URL to give usersync-cli --database (PostgreSQL password via PGPASSWORD).
    QString url() const { return m_config.url(); }
    QString dataDir() const { return m_dir.path(); }
    bool isPostgres() const { return m_config.isPostgres(); }

    // Admin connection settings of the test server.
    static DatabaseConfig serverConfig();

private:
    QTemporaryDir m_dir;
    DatabaseConfig m_config;
    QString m_error;
    QString m_createdDatabase;
};

// Fetches the "engine" column and opens a TestDatabase named `var`, skipping (or failing under
// CI) when the engine's server is not running.
#define USERSYNC_TEST_DATABASE(var)                                                                \
    QFETCH(QString, engine);                                                                       \
    if (engine == QLatin1String("postgresql"))                                                     \
        USERSYNC_REQUIRE(TestDatabase::postgresAvailable(),                                        \
                         TestDatabase::postgresMissingReason());                                   \
    TestDatabase var(engine);                                                                      \
    QVERIFY2(var.isValid(), qPrintable(var.error()))

#define USERSYNC_ENGINE_ROWS()                                                                     \
    QTest::addColumn<QString>("engine");                                                           \
    for (const QString &name : TestDatabase::engines())                                            \
    QTest::newRow(qPrintable(name)) << name
