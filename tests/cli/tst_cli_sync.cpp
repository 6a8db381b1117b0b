// usersync-cli as scripts use it: the commands, their JSON shapes and exit codes, bad input,
// two processes on one source, a killed process, logs and secrets. Real processes, real stores.
#include "cliprocess.h"
#include "store/connection.h"
#include "sync/pageapplier.h"
#include "testdatabase.h"
#include "testenv.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QtTest>

#include <csignal>

namespace {
// One data folder + database, and a way to run the CLI against it.
struct Cli
{
    TestDatabase &db;
    QStringList base() const
    {
        return {QStringLiteral("--data-dir"), db.dataDir(), QStringLiteral("--database"), db.url()};
    }
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env;
        if (db.isPostgres())
            env.insert(QStringLiteral("PGPASSWORD"), db.config().password());
        return env;
    }
    CliRun operator()(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return CliProcess::cli(base() + arguments, input, environment());
    }
    CliRun json(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return CliProcess::cli(QStringList{QStringLiteral("--json")} + base() + arguments, input,
                               environment());
    }
    // A CLI process left running, for the tests that interfere with one.
    std::unique_ptr<QProcess> start(const QStringList &arguments) const
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QProcessEnvironment extra = environment();
        for (const QString &key : extra.keys())
            env.insert(key, extra.value(key));
        process->setProcessEnvironment(env);
        process->start(CliProcess::cliPath(),
                       QStringList{QStringLiteral("--json")} + base() + arguments);
        return process;
    }
};

qint64 count(const TestDatabase &db, const QString &sql)
{
    Connection connection(db.config());
    auto value = connection.scalar(sql);
    return value ? value->toLongLong() : -1;
}

// Waits until the process has written `text` to stderr (keeping what it read in *seen).
bool waitForStderr(QProcess &process, const QString &text, QByteArray *seen, int timeoutMs = 60000)
{
    return QTest::qWaitFor(
               [&]() {
                   *seen += process.readAllStandardError();
                   return seen->contains(text.toUtf8()) || process.state() == QProcess::NotRunning;
               },
               timeoutMs)
        && seen->contains(text.toUtf8());
}
} // namespace

class TestCliSync : public QObject
{
    Q_OBJECT

private slots:
    void sourcesCommands_data() { USERSYNC_ENGINE_ROWS(); }
    void sourcesCommands()
    {
        USERSYNC_TEST_DATABASE(db);
        const Cli cli{db};
        CliRun run = cli.json({"sources", "add", "hr", "--type", "sample", "--enable", "--option",
                               "users=30", "--option", "departments=4"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonObject source = run.json().object();
        QCOMPARE(source["name"].toString(), QStringLiteral("hr"));
        QCOMPARE(source["type"].toString(), QStringLiteral("sample"));
        QCOMPARE(source["enabled"].toBool(), true);
        QCOMPARE(source["options"].toObject()["users"].toInt(), 30);
        QCOMPARE(source["options"].toObject()["pageSize"].toInt(),
                 1000); // schema default filled in
        QVERIFY(source["lastTask"].isNull());

        QCOMPARE(cli({"sources", "add", "hr", "--type", "sample"}).exitCode, 2);
        QVERIFY(cli({"sources", "add", "hr", "--type", "sample"})
                    .errText()
                    .contains("a source with this name already exists"));
        QCOMPARE(cli({"sources", "add", "x", "--type", "nope"}).exitCode, 2);
        run = cli({"sources", "add", "x", "--type", "sample", "--option", "colour=blue"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains("has no option “colour”"), run.err.constData());
        run = cli({"sources", "add", "x", "--type", "sample", "--option", "users=many"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.errText().contains("must be a whole number"));
        run = cli({"sources", "add", "x", "--type", "sample", "--option", "password=hunter2"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.errText().contains("never on the command line"));

        run = cli.json({"sources", "update", "hr", "--disable", "--option", "users=40"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().object()["enabled"].toBool(), false);
        QCOMPARE(run.json().object()["options"].toObject()["users"].toInt(), 40);
        QCOMPARE(cli({"sync", "hr"}).exitCode, 4);
        QCOMPARE(cli({"sources", "update", "hr", "--enable"}).exitCode, 0);

        run = cli.json({"sources", "list"});
        QCOMPARE(run.json().array().size(), 1);
        run = cli.json({"sources", "types"});
        QStringList keys;
        for (const QJsonValue &type : run.json().array())
            keys << type["key"].toString();
        QVERIFY(keys.contains("sample") && keys.contains("api") && keys.contains("jsonfile"));

        QCOMPARE(cli({"sources", "remove", "nope"}).exitCode, 3);
        QCOMPARE(cli({"sources", "remove", "hr"}).exitCode, 0);
        QCOMPARE(cli.json({"sources", "list"}).json().array().size(), 0);
    }

    void syncTasksAndShapes_data() { USERSYNC_ENGINE_ROWS(); }
    void syncTasksAndShapes()
    {
        USERSYNC_TEST_DATABASE(db);
        const Cli cli{db};
        QCOMPARE(cli({"sources", "add", "hr", "--type", "sample", "--enable", "--option",
                      "users=120", "--option", "departments=8"})
                     .exitCode,
                 0);
        CliRun run = cli.json({"sync", "hr"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.errText().contains("records, page")); // progress on stderr
        const QJsonObject task = run.json().object();
        for (const char *key : {"batch", "source", "status", "message", "attempt", "costMs",
                                "startedAt", "finishedAt", "counts"})
            QVERIFY2(task.contains(QLatin1String(key)), key);
        QCOMPARE(task["status"].toString(), QStringLiteral("success"));
        QCOMPARE(task["counts"].toObject()["users"].toObject()["created"].toInt(), 120);
        for (const char *key : {"created", "updated", "unchanged", "deleted", "failed"})
            QVERIFY(
                task["counts"].toObject()["departments"].toObject().contains(QLatin1String(key)));
        const QString batch = task["batch"].toString();
        QCOMPARE(batch.size(), 20);

        QCOMPARE(cli({"sync", "nope"}).exitCode, 3);
        QCOMPARE(cli({"retry", batch}).exitCode, 4); // a success is not retried
        QCOMPARE(cli({"retry", "00000000000000000000"}).exitCode, 3);
        QCOMPARE(cli({"cancel", batch}).exitCode, 4);

        run = cli.json({"tasks", "hr"});
        QCOMPARE(run.json().array().size(), 1);
        QVERIFY(!run.json().array().at(0).toObject().contains("results"));
        run = cli.json({"task", batch});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray results = run.json().object()["results"].toArray();
        QCOMPARE(results.size(), 8 + 120 + 120); // departments, users, memberships
        const QJsonObject first = results.at(0).toObject();
        for (const char *key : {"dataType", "uid", "resource", "action", "message"})
            QVERIFY(first.contains(QLatin1String(key)));
        QCOMPARE(cli.json({"task", batch, "--action", "failed"})
                     .json()
                     .object()["results"]
                     .toArray()
                     .size(),
                 0);
        QVERIFY(run.json().object()["notListed"].toObject().isEmpty());

        // A second sync finds every record unchanged: counted under notListed, no rows.
        run = cli.json({"sync", "hr"});
        QCOMPARE(run.exitCode, 0);
        const QString again = run.json().object()["batch"].toString();
        run = cli.json({"task", again});
        QCOMPARE(run.json().object()["results"].toArray().size(), 0);
        QCOMPARE(run.json().object()["notListed"].toObject()["unchanged"].toInt(), 8 + 120 + 120);
        QVERIFY(cli({"task", again}).outText().contains("counted, not listed"));

        run = cli.json({"users"});
        const QJsonArray users = run.json().array();
        QCOMPARE(users.size(), 120);
        const QJsonObject user = users.at(0).toObject();
        for (const char *key : {"id", "nickname", "username", "email", "phone", "enabled",
                                "departments", "custom", "links"})
            QVERIFY2(user.contains(QLatin1String(key)), key);
        QCOMPARE(user["links"].toArray().at(0).toObject()["source"].toString(),
                 QStringLiteral("hr"));
        QVERIFY(user["departments"].toArray().at(0).toObject().contains("isMain"));
        run = cli.json({"departments"});
        QCOMPARE(run.json().array().size(), 8);
        for (const char *key : {"id", "title", "parentId", "isLeaf", "sort", "links"})
            QVERIFY(run.json().array().at(0).toObject().contains(QLatin1String(key)));
        QVERIFY(cli({"departments"}).exitCode == 0);
    }

    void pushAndPartial_data() { USERSYNC_ENGINE_ROWS(); }
    void pushAndPartial()
    {
        USERSYNC_TEST_DATABASE(db);
        const Cli cli{db};
        CliRun run = cli(
            {"push", "-"},
            R"({"dataType":"user","records":[{"uid":"a","username":"a","email":"x@example.com"},{"uid":"b","username":"b","email":"x@example.com"}]})");
        QCOMPARE(run.exitCode, 0);
        const QJsonObject response = run.json().object();
        QCOMPARE(response["data"].toObject()["code"].toInt(), 0);
        QCOMPARE(response["data"]
                     .toObject()["result"]
                     .toArray()
                     .at(0)
                     .toObject()["detail"]
                     .toObject()["count"]
                     .toObject()["failed"]
                     .toInt(),
                 1);
        QVERIFY2(run.errText().contains("Failed records: 1 (users: 1)"), run.err.constData());
        run = cli.json({"tasks", "api"});
        QCOMPARE(run.json().array().at(0).toObject()["status"].toString(),
                 QStringLiteral("partial"));

        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(R"({"dataType":"department","records":[{"uid":"d1","title":"Sales"}]})");
        file.close();
        run = cli({"push", file.fileName()});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(cli({"push", "/nonexistent/file.json"}).exitCode, 3);
    }

    void pushRejectsBadInput_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        const QList<std::tuple<const char *, QByteArray, QString>> cases = {
            {"malformed json", R"({"dataType":"user",)", "not valid JSON"},
            {"empty body", "", "not valid JSON"},
            {"array body", R"([{"dataType":"user"}])", "must be a JSON object"},
            {"missing dataType", R"({"records":[{"uid":"1"}]})",
             "dataType undefined is not supported"},
            {"unknown dataType", R"({"dataType":"group","records":[{"uid":"1"}]})",
             "dataType group is not supported"},
            {"numeric dataType", R"({"dataType":5,"records":[{"uid":"1"}]})",
             "dataType 5 is not supported"},
            {"missing records", R"({"dataType":"user"})",
             "records for user data synchronize is required"},
            {"empty records", R"({"dataType":"user","records":[]})",
             "records must have at least one piece of data"},
            {"records object", R"({"dataType":"user","records":{"uid":"1"}})",
             "records must be an array"},
            {"record not object", R"({"dataType":"user","records":["u1"]})",
             "record 1 must be a JSON object"},
            {"record without uid",
             R"({"dataType":"user","records":[{"uid":"ok"},{"username":"nouid"}]})",
             R"(record must has uid, error record: {"username":"nouid"})"},
            {"empty uid", R"({"dataType":"user","records":[{"uid":""}]})", "record must has uid"},
            {"uid object", R"({"dataType":"user","records":[{"uid":{"a":1}}]})",
             "uid must be a string"},
            {"email number", R"({"dataType":"user","records":[{"uid":"u1","email":5}]})",
             "email must be a string, got a number"},
            {"departments string",
             R"({"dataType":"user","records":[{"uid":"u1","departments":"d1"}]})",
             "departments must be an array"},
            {"department entry bool",
             R"({"dataType":"user","records":[{"uid":"u1","departments":[true]}]})",
             "each departments entry"},
            {"isOwner string",
             R"({"dataType":"user","records":[{"uid":"u1","departments":[{"uid":"d","isOwner":"yes"}]}]})",
             "departments[].isOwner must be true or false"},
            {"isDeleted string",
             R"({"dataType":"user","records":[{"uid":"u1","isDeleted":"yes"}]})",
             "isDeleted must be true or false"},
            {"enabled number", R"({"dataType":"user","records":[{"uid":"u1","enabled":1}]})",
             "enabled must be true or false"},
            {"sourceName empty", R"({"dataType":"user","sourceName":"","records":[{"uid":"u1"}]})",
             "sourceName must be a non-empty string"},
            {"matchKey number", R"({"dataType":"user","matchKey":1,"records":[{"uid":"u1"}]})",
             "matchKey must be one of"},
            {"parentUid object",
             R"({"dataType":"department","records":[{"uid":"d1","parentUid":{}}]})",
             "parentUid must be a string"},
            {"sort string", R"({"dataType":"department","records":[{"uid":"d1","sort":"first"}]})",
             "sort must be a whole number"},
            {"title number", R"({"dataType":"department","records":[{"uid":"d1","title":7}]})",
             "title must be a string"},
        };
        for (const QString &engine : TestDatabase::engines()) {
            for (const auto &[name, json, message] : cases)
                QTest::newRow(qPrintable(engine + QStringLiteral(": ") + QLatin1String(name)))
                    << engine << json << message;
        }
    }
    void pushRejectsBadInput()
    {
        USERSYNC_TEST_DATABASE(db);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const Cli cli{db};
        const CliRun run = cli({"push", "-"}, body);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(message), run.err.constData());
        QCOMPARE(run.json().object()["data"].toObject()["code"].toInt(), 400);
        for (const char *table :
             {"sync_tasks", "sync_records", "users", "departments", "sync_sources"})
            QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))),
                     0);
    }

    void twoProcessesOneSource_data() { USERSYNC_ENGINE_ROWS(); }
    void twoProcessesOneSource()
    {
        USERSYNC_TEST_DATABASE(db);
        const Cli cli{db};
        QCOMPARE(cli({"sources", "add", "big", "--type", "sample", "--enable", "--option",
                      "users=50000", "--option", "pageSize=500"})
                     .exitCode,
                 0);
        auto first = cli.start({"sync", "big"});
        QByteArray seen;
        QVERIFY2(waitForStderr(*first, "records, page", &seen), seen.constData());
        const CliRun second = cli({"sync", "big"});
        QCOMPARE(second.exitCode, 4);
        QVERIFY2(second.errText().contains("is already syncing (batch"), second.err.constData());
        const QString batch =
            second.errText().section(QStringLiteral("(batch "), 1).section(QLatin1Char(','), 0, 0);
        // cancel through the store, from a third process
        QCOMPARE(cli({"cancel", batch}).exitCode, 0);
        QVERIFY(first->waitForFinished(120000));
        QCOMPARE(first->exitCode(), 1);
        QCOMPARE(
            QJsonDocument::fromJson(first->readAllStandardOutput()).object()["status"].toString(),
            QStringLiteral("cancelled"));
    }

    void ctrlCCancelsCleanly()
    {
        TestDatabase db(QStringLiteral("sqlite"));
        const Cli cli{db};
        QCOMPARE(cli({"sources", "add", "big", "--type", "sample", "--enable", "--option",
                      "users=50000", "--option", "pageSize=500"})
                     .exitCode,
                 0);
        auto process = cli.start({"sync", "big"});
        QByteArray seen;
        QVERIFY(waitForStderr(*process, "records, page", &seen));
        ::kill(pid_t(process->processId()), SIGINT);
        QVERIFY(process->waitForFinished(60000));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(process->exitCode(), 1);
        const QJsonObject task = QJsonDocument::fromJson(process->readAllStandardOutput()).object();
        QCOMPARE(task["status"].toString(), QStringLiteral("cancelled"));
        QVERIFY(task["message"].toString().startsWith("Cancelled."));
        QCOMPARE(count(db, "SELECT COUNT(*) FROM sync_tasks WHERE status = 'processing'"), 0);
    }

    void killedProcessIsRecoveredAndRetried_data() { USERSYNC_ENGINE_ROWS(); }
    void killedProcessIsRecoveredAndRetried()
    {
        USERSYNC_TEST_DATABASE(db);
        TestDatabase reference(engine);
        const Cli cli{db};
        const Cli clean{reference};
        const QStringList add{
            "sources",  "add",         "big",      "--type",          "sample",   "--enable",
            "--option", "users=15000", "--option", "departments=300", "--option", "pageSize=500"};
        QCOMPARE(cli(add).exitCode, 0);
        QCOMPARE(clean(add).exitCode, 0);

        auto victim = cli.start({"sync", "big"});
        QByteArray seen;
        QVERIFY2(waitForStderr(*victim, "user: ", &seen), seen.constData());
        // Pages are committed in groups of at most PageApplier::GroupRecords records: by page
        // 22 (the departments' page and 21 of users) at least the first group is saved.
        static_assert(PageApplier::GroupRecords == 10000);
        QVERIFY(waitForStderr(*victim, "page 22,", &seen));
        ::kill(pid_t(victim->processId()), SIGKILL);
        QVERIFY(victim->waitForFinished(30000));
        QCOMPARE(victim->exitStatus(), QProcess::CrashExit);
        const qint64 partialUsers = count(db, "SELECT COUNT(*) FROM users");
        QVERIFY2(partialUsers > 0 && partialUsers < 15000,
                 qPrintable(QString::number(partialUsers)));
        QCOMPARE(partialUsers % 500, 0); // whole pages only

        // The next start notices the dead owner.
        CliRun run = cli.json({"tasks", "big"});
        const QJsonObject interrupted = run.json().array().at(0).toObject();
        QCOMPARE(interrupted["status"].toString(), QStringLiteral("failed"));
        QCOMPARE(interrupted["message"].toString(),
                 QStringLiteral("Interrupted: the application stopped during this sync"));
        run = cli.json({"retry", interrupted["batch"].toString()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().object()["status"].toString(), QStringLiteral("success"));
        QCOMPARE(run.json().object()["attempt"].toInt(), 2);
        QCOMPARE(run.json().object()["batch"].toString(), interrupted["batch"].toString());

        QCOMPARE(clean({"sync", "big"}).exitCode, 0);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM users"), 15000);
        QCOMPARE(count(db,
                       "SELECT COUNT(*) FROM (SELECT email FROM users GROUP BY email HAVING "
                       "COUNT(*) > 1) d"),
                 0);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM sync_records"), 15300);
        // No link points at a row that does not exist, and every record has its link.
        QCOMPARE(count(db,
                       "SELECT COUNT(*) FROM sync_record_resources l WHERE l.resource = 'users' "
                       "AND NOT EXISTS "
                       "(SELECT 1 FROM users u WHERE u.id = CAST(l.resource_pk AS BIGINT))"),
                 0);
        QCOMPARE(count(db,
                       "SELECT COUNT(*) FROM sync_records r WHERE NOT EXISTS (SELECT 1 FROM "
                       "sync_record_resources l "
                       "WHERE l.record_id = r.id)"),
                 0);
        // The same directory as the uninterrupted run, ignoring row ids.
        const auto normalized = [](const Cli &which) {
            QStringList lines;
            for (const QJsonValue &value : which.json({"users"}).json().array()) {
                const QJsonObject u = value.toObject();
                QStringList departments;
                for (const QJsonValue &d : u["departments"].toArray())
                    departments << d["title"].toString() + (d["isMain"].toBool() ? "*" : "")
                            + (d["isOwner"].toBool() ? "^" : "");
                departments.sort();
                lines << QStringList{u["links"].toArray().at(0)["uid"].toString(),
                                     u["nickname"].toString(),
                                     u["username"].toString(),
                                     u["email"].toString(),
                                     u["phone"].toString(),
                                     departments.join(",")}
                             .join("|");
            }
            lines.sort();
            return lines;
        };
        const QStringList mine = normalized(cli), theirs = normalized(clean);
        QCOMPARE(mine.size(), 15000);
        QVERIFY(mine == theirs);
    }

    void logsRetentionAndSecrets()
    {
        USERSYNC_REQUIRE(
            qEnvironmentVariable("USERSYNC_TEST_KEYRING") == QLatin1String("1"),
            QStringLiteral("needs an unlocked keyring in a D-Bus session (scripts/test.sh)"));
        TestDatabase db(QStringLiteral("sqlite"));
        const Cli cli{db};
        const QDir logs(db.dataDir() + QStringLiteral("/logs"));
        // Old files from earlier days: past the 14-day retention they go at the next start.
        QDir().mkpath(logs.filePath("user-data-sync"));
        QDir().mkpath(logs.filePath("system"));
        const QString old = QDate::currentDate().addDays(-20).toString(Qt::ISODate) + ".log";
        const QString recent = QDate::currentDate().addDays(-3).toString(Qt::ISODate) + ".log";
        for (const QString &name : {old, recent}) {
            QFile f(logs.filePath("user-data-sync/" + name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{}\n");
        }
        const QByteArray marker = "marker-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        CliRun run = cli({"sources", "add", "hr", "--type", "sample", "--enable", "--option",
                          "users=50", "--secret", "password"},
                         marker + "\n");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(!QFile::exists(logs.filePath("user-data-sync/" + old)));
        QVERIFY(QFile::exists(logs.filePath("user-data-sync/" + recent)));
        run = cli.json({"sync", "hr"});
        QCOMPARE(run.exitCode, 0);
        const QString batch = run.json().object()["batch"].toString();
        QCOMPARE(cli({"push", "-"},
                     R"({"dataType":"user","records":[{"uid":"p1","username":"pushed","password":")"
                         + marker + R"("}]})")
                     .exitCode,
                 0);

        run = cli.json({"logs", "--batch", batch});
        const QJsonArray lines = run.json().array();
        QCOMPARE(lines.size(), 2); // one department page, one user page
        for (const QJsonValue &line : lines) {
            QCOMPARE(line["source"].toString(), QStringLiteral("hr"));
            QCOMPARE(line["batch"].toString(), batch);
            QCOMPARE(line["sourceType"].toString(), QStringLiteral("sample"));
        }
        QCOMPARE(lines.at(1)["data"]["records"].toArray().size(), 50);
        run = cli.json({"logs", "--system", "--batch", batch});
        QVERIFY(run.json().array().size() >= 2);
        QCOMPARE(cli.json({"logs", "--source", "api"}).json().array().size(), 1);

        // The marker is in the keyring and nowhere else: no log file, no table.
        QDirIterator files(db.dataDir(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(marker), qPrintable(file.fileName()));
        }
        Connection connection(db.config());
        QSqlQuery tables(connection.database());
        QVERIFY(tables.exec("SELECT name FROM sqlite_master WHERE type = 'table'"));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString &table : names) {
            QSqlQuery rows(connection.database());
            QVERIFY(rows.exec("SELECT * FROM " + table));
            while (rows.next()) {
                for (int c = 0; c < rows.record().count(); ++c)
                    QVERIFY2(!rows.value(c).toString().contains(QString::fromLatin1(marker)),
                             qPrintable(table));
            }
        }
        QCOMPARE(cli({"sources", "remove", "hr"}).exitCode, 0);
    }

    void examplePluginSyncs()
    {
        TestDatabase db(QStringLiteral("sqlite"));
        const Cli cli{db};
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(
            R"({"departments":[{"uid":"x","title":"Plugin HQ"}],"users":[{"uid":"p","username":"plugged","departments":["x"]}]})");
        file.close();
        QCOMPARE(cli({"sources", "add", "files", "--type", "jsonfile", "--enable", "--option",
                      "path=" + file.fileName()})
                     .exitCode,
                 0);
        const CliRun run = cli.json({"sync", "files"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().object()["counts"].toObject()["users"].toObject()["created"].toInt(),
                 1);
        const QJsonArray users = cli.json({"users"}).json().array();
        QCOMPARE(users.at(0)["username"].toString(), QStringLiteral("plugged"));
        QCOMPARE(users.at(0)["departments"].toArray().at(0)["title"].toString(),
                 QStringLiteral("Plugin HQ"));
        // A missing required option is caught before anything is saved.
        QCOMPARE(cli({"sources", "add", "nofile", "--type", "jsonfile"}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_cli_sync.moc"
