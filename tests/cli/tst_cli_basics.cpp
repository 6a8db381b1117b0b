// usersync-cli's global contract: --version, --help, exit codes for bad usage, and the data
// folder / database options, on SQLite and PostgreSQL.
#include "cliprocess.h"
#include "common/appinfo.h"
#include "testdatabase.h"
#include "testenv.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

class TestCliBasics : public QObject
{
    Q_OBJECT

private:
    static QProcessEnvironment environmentFor(const TestDatabase &db)
    {
        QProcessEnvironment environment;
        if (db.isPostgres())
            environment.insert(QStringLiteral("PGPASSWORD"), db.config().password());
        return environment;
    }

private slots:
    void version()
    {
        const CliRun cli = CliProcess::cli({QStringLiteral("--version")});
        QCOMPARE(cli.exitCode, 0);
        QCOMPARE(cli.outText(), QStringLiteral("usersync-cli %1\n").arg(AppInfo::version()));
        const CliRun gui = CliProcess::run(CliProcess::guiPath(), {QStringLiteral("--version")});
        QCOMPARE(gui.exitCode, 0);
        QVERIFY2(gui.outText().contains(AppInfo::version()), gui.out.constData());
    }

    void help()
    {
        const CliRun run = CliProcess::cli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *part : {"Usage: usersync-cli", "--data-dir DIR", "--database URL",
                                 "--json", "status", "Exit codes"})
            QVERIFY2(run.outText().contains(QLatin1String(part)), part);
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList() << "Usage:";
        QTest::newRow("unknown option")
            << QStringList{"--frobnicate"} << "Unknown option “--frobnicate”";
        QTest::newRow("unknown command") << QStringList{"explode"} << "Unknown command “explode”";
        QTest::newRow("missing value") << QStringList{"--data-dir"} << "--data-dir needs a folder";
        QTest::newRow("password in url")
            << QStringList{"--database", "postgresql://u:hunter2@127.0.0.1/db", "status"}
            << "contains a password";
    }
    void badUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = CliProcess::cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.errText().contains(message), run.err.constData());
        QVERIFY(!run.errText().contains(QLatin1String("hunter2")));
    }

    void dataDirOptionAndEnvironment()
    {
        QTemporaryDir option, environment;
        CliRun run = CliProcess::cli({QStringLiteral("--json"), QStringLiteral("--data-dir"),
                                      option.path(), QStringLiteral("status")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().object().value(QStringLiteral("dataDir")).toString(), option.path());
        QCOMPARE(run.json().object().value(QStringLiteral("engine")).toString(),
                 QStringLiteral("sqlite"));
        QVERIFY(QFileInfo::exists(option.filePath(QStringLiteral("usersync.sqlite"))));
        QVERIFY(QFileInfo(option.filePath(QStringLiteral("logs/user-data-sync"))).isDir());

        QProcessEnvironment env;
        env.insert(QStringLiteral("USERSYNC_DATA_DIR"), environment.path());
        run = CliProcess::cli({QStringLiteral("--json"), QStringLiteral("status")}, {}, env);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().object().value(QStringLiteral("dataDir")).toString(),
                 environment.path());
        QVERIFY(QFileInfo::exists(environment.filePath(QStringLiteral("usersync.sqlite"))));
    }

    void statusOnEachEngine_data() { USERSYNC_ENGINE_ROWS(); }
    void statusOnEachEngine()
    {
        USERSYNC_TEST_DATABASE(db);
        const CliRun run =
            CliProcess::cli({QStringLiteral("--json"), QStringLiteral("--data-dir"), db.dataDir(),
                             QStringLiteral("--database"), db.url(), QStringLiteral("status")},
                            {}, environmentFor(db));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject status = run.json().object();
        QCOMPARE(status.value(QStringLiteral("engine")).toString(),
                 db.isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
        QCOMPARE(status.value(QStringLiteral("database")).toString(), db.url());
        QVERIFY(status.value(QStringLiteral("schemaVersion")).toInt() >= 2);
    }

    void unreachableDatabaseIsReported()
    {
        QTemporaryDir dir;
        const CliRun run = CliProcess::cli(
            {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--database"),
             QStringLiteral("postgresql://nobody@127.0.0.1:1/none"), QStringLiteral("status")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(QStringLiteral(
                     "Cannot open the database “postgresql://nobody@127.0.0.1:1/none”")),
                 run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliBasics)
#include "tst_cli_basics.moc"
