// Parsing of --database values: SQLite paths and PostgreSQL URLs, and refusing passwords in URLs.
#include "store/databaseconfig.h"

#include <QtTest>

class TestDatabaseConfig : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("absolute file")
            << "/tmp/x/usersync.sqlite" << true << false << "/tmp/x/usersync.sqlite"
            << "";
        QTest::newRow("sqlite scheme") << "sqlite:/tmp/y.db" << true << false << "/tmp/y.db"
                                       << "";
        QTest::newRow("sqlite url") << "sqlite:///tmp/z.db" << true << false << "/tmp/z.db"
                                    << "";
        QTest::newRow("postgresql") << "postgresql://sync@db.example:6543/directory" << true << true
                                    << "postgresql://sync@db.example:6543/directory"
                                    << "";
        QTest::newRow("postgres default port") << "postgres://sync@127.0.0.1/dir" << true << true
                                               << "postgresql://sync@127.0.0.1:5432/dir"
                                               << "";
        QTest::newRow("password in url") << "postgresql://sync:secret@h/db" << false << true << ""
                                         << "contains a password";
        QTest::newRow("no database") << "postgresql://sync@h:5432/" << false << true << ""
                                     << "names no database";
        QTest::newRow("empty") << "  " << false << false << ""
                               << "empty";
        QTest::newRow("mysql") << "mysql://root@h/db" << false << false << ""
                               << "Unsupported database URL";
    }
    void parses()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(bool, postgres);
        QFETCH(QString, url);
        QFETCH(QString, errorPart);
        QString error;
        const DatabaseConfig config = DatabaseConfig::fromUrl(input, &error);
        QCOMPARE(config.isValid(), valid);
        if (valid) {
            QCOMPARE(config.isPostgres(), postgres);
            QCOMPARE(config.url(), url);
            QVERIFY(error.isEmpty());
        } else {
            QVERIFY2(error.contains(errorPart), qPrintable(error));
            QVERIFY(!error.contains(QLatin1String("secret")));
        }
    }

    void secretKeyHasNoPassword()
    {
        DatabaseConfig config = DatabaseConfig::postgres(QStringLiteral("h"), 5432,
                                                         QStringLiteral("u"), QStringLiteral("d"));
        config.setPassword(QStringLiteral("hunter2"));
        QCOMPARE(config.secretKey(), QStringLiteral("database/postgresql://u@h:5432/d"));
        QVERIFY(!config.url().contains(QLatin1String("hunter2")));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseConfig)
#include "tst_databaseconfig.moc"
