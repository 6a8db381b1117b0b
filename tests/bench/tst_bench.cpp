// usersync-bench cannot rot: every scenario runs at a tiny size and its JSON must have the
// documented shape and sane values. Nothing here is timed; the figures belong in README
// "Performance".
#include "testdatabase.h"
#include "testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

namespace {
constexpr int Users = 300;
constexpr int Departments = 20;
constexpr int BigUsers = 1000;

struct Bench
{
    int exitCode = -1;
    QByteArray output;
    QByteArray errors;
};

Bench runBench(const QStringList &arguments,
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(USERSYNC_BENCH_PATH), arguments);
    Bench bench;
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished();
    }
    bench.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    bench.output = process.readAllStandardOutput();
    bench.errors = process.readAllStandardError();
    return bench;
}

QStringList tinySize()
{
    return {QStringLiteral("--users"),       QString::number(Users),
            QStringLiteral("--departments"), QString::number(Departments),
            QStringLiteral("--depth"),       QStringLiteral("3"),
            QStringLiteral("--big-users"),   QString::number(BigUsers)};
}
} // namespace

class TestBench : public QObject
{
    Q_OBJECT

private:
    // Runs one scenario with --json and checks what every scenario has.
    QJsonObject
    scenario(const QString &name, const QStringList &extra = {},
             const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        const Bench bench =
            runBench(QStringList{QStringLiteral("--json"), QStringLiteral("--scenario"), name}
                         + tinySize() + extra,
                     environment);
        if (bench.exitCode != 0) {
            qWarning("%s", bench.errors.constData());
            qWarning("%s", bench.output.constData());
            return {};
        }
        const QJsonArray scenarios = QJsonDocument::fromJson(bench.output)
                                         .object()
                                         .value(QStringLiteral("scenarios"))
                                         .toArray();
        if (scenarios.size() != 1) {
            qWarning("expected one scenario: %s", bench.output.constData());
            return {};
        }
        const QJsonObject object = scenarios.first().toObject();
        for (const char *key : {"name", "users", "departments", "seconds", "recordsPerSecond",
                                "peakRssMB", "ratioToFloor"}) {
            if (!object.contains(QLatin1String(key))) {
                qWarning("%s has no %s", qPrintable(name), key);
                return {};
            }
        }
        if (object.value(QStringLiteral("name")).toString() != name
            || object.value(QStringLiteral("seconds")).toDouble() <= 0
            || object.value(QStringLiteral("peakRssMB")).toDouble() <= 0
            || object.contains(QStringLiteral("error"))) {
            qWarning("implausible result: %s", bench.output.constData());
            return {};
        }
        return object;
    }

private slots:
    void usageErrors()
    {
        QCOMPARE(runBench({QStringLiteral("--scenario"), QStringLiteral("nope")}).exitCode, 2);
        QCOMPARE(runBench({QStringLiteral("--users")}).exitCode, 2);
        QCOMPARE(runBench({QStringLiteral("--scenario"), QStringLiteral("pgfull")}).exitCode, 2);
        QCOMPARE(runBench({QStringLiteral("--help")}).exitCode, 0);
    }

    void syncScenarios_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("users");
        for (const char *name : {"floor", "full", "unchanged", "delta"})
            QTest::newRow(name) << QString::fromLatin1(name) << Users;
        QTest::newRow("full1m") << QStringLiteral("full1m") << BigUsers;
    }

    void syncScenarios()
    {
        QFETCH(QString, name);
        QFETCH(int, users);
        const QJsonObject result = scenario(name);
        QVERIFY(!result.isEmpty());
        QCOMPARE(result.value(QStringLiteral("users")).toInt(), users);
        QCOMPARE(result.value(QStringLiteral("departments")).toInt(), Departments);
        QVERIFY(result.value(QStringLiteral("recordsPerSecond")).toDouble() > 0);
        const qint64 records = result.value(QStringLiteral("records")).toInteger();
        if (name == QLatin1String("delta")) {
            // 10 % changed: the base users (leavers as deletes), new hires, every department.
            QVERIFY2(records > users + Departments, qPrintable(QString::number(records)));
            QVERIFY(result.value(QStringLiteral("changes")).toInteger() > 0);
        } else {
            QCOMPARE(records, qint64(users + Departments));
        }
        if (name == QLatin1String("floor")) {
            QCOMPARE(result.value(QStringLiteral("ratioToFloor")).toDouble(), 1.0);
        } else {
            QVERIFY(result.value(QStringLiteral("ratioToFloor")).toDouble() > 0);
        }
        if (name == QLatin1String("unchanged")) {
            QCOMPARE(result.value(QStringLiteral("writes")).toInteger(), qint64(0));
            QCOMPARE(result.value(QStringLiteral("changes")).toInteger(), qint64(0));
        } else {
            QVERIFY(!result.contains(QStringLiteral("writes")));
        }
    }

    void push_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("push500") << QStringLiteral("push500");
        QTest::newRow("push5000") << QStringLiteral("push5000");
    }

    void push()
    {
        QFETCH(QString, name);
        const QJsonObject result = scenario(name);
        QVERIFY(!result.isEmpty());
        QCOMPARE(result.value(QStringLiteral("records")).toInteger(), qint64(Users + Departments));
        QVERIFY(result.value(QStringLiteral("ratioToFloor")).toDouble() > 0);
    }

    void gui()
    {
        const QJsonObject result = scenario(QStringLiteral("gui"));
        QVERIFY(!result.isEmpty());
        QCOMPARE(result.value(QStringLiteral("records")).toInteger(), qint64(Users + Departments));
        QVERIFY(result.value(QStringLiteral("maxStallMs")).toDouble() > 0);
    }

    void users1m()
    {
        const QJsonObject result = scenario(QStringLiteral("users1m"));
        QVERIFY(!result.isEmpty());
        QCOMPARE(result.value(QStringLiteral("users")).toInt(), BigUsers);
        QVERIFY(result.value(QStringLiteral("firstRowsMs")).toDouble() > 0);
        QVERIFY(result.value(QStringLiteral("keystrokeMs")).toDouble() > 0);
        QVERIFY(result.value(QStringLiteral("searchIndexMs")).toDouble() >= 0);
        QVERIFY(result.value(QStringLiteral("maxStallMs")).toDouble() > 0);
        QVERIFY(result.value(QStringLiteral("ratioToFloor")).isNull());
    }

    void pgfull()
    {
        USERSYNC_REQUIRE(TestDatabase::postgresAvailable(), TestDatabase::postgresMissingReason());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSWORD"),
                           qEnvironmentVariable("USERSYNC_TEST_PG_PASSWORD"));
        const QJsonObject result =
            scenario(QStringLiteral("pgfull"),
                     {QStringLiteral("--database"), qEnvironmentVariable("USERSYNC_TEST_PG_URL")},
                     environment);
        QVERIFY(!result.isEmpty());
        QCOMPARE(result.value(QStringLiteral("records")).toInteger(), qint64(Users + Departments));
    }

    void defaultTable()
    {
        // The plain table names every scenario it ran.
        const Bench bench = runBench(
            QStringList{QStringLiteral("--scenario"), QStringLiteral("floor,full")} + tinySize());
        QCOMPARE(bench.exitCode, 0);
        QVERIFY(bench.output.contains("scenario"));
        QVERIFY(bench.output.contains("floor"));
        QVERIFY(bench.output.contains("full"));
    }
};

QTEST_GUILESS_MAIN(TestBench)
#include "tst_bench.moc"
