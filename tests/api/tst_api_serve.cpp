// usersync-cli serve and apikeys as an administrator runs them: real processes, real stores, curl
// and QNetworkAccessManager against the served API, SIGTERM while a push is applied, and the
// example script of the README run as written.
#include "apitestclient.h"
#include "cliprocess.h"
#include "store/connection.h"
#include "testdatabase.h"
#include "testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QtTest>

#include <csignal>

namespace {
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
        // serve reads the API settings: keep them away from the developer's own.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), db.dataDir() + QStringLiteral("/config"));
        return env;
    }
    CliRun operator()(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return CliProcess::cli(base() + arguments, input, environment());
    }
    CliRun json(const QStringList &arguments) const
    {
        return CliProcess::cli(QStringList{QStringLiteral("--json")} + base() + arguments, {},
                               environment());
    }
    QByteArray createKey(const QString &name) const
    {
        return (*this)({QStringLiteral("apikeys"), QStringLiteral("create"), name}).out.trimmed();
    }
};

// A running "usersync-cli serve", stopped (killed if need be) when it goes out of scope.
struct Server
{
    QProcess process;
    QByteArray err;
    QUrl url;

    ~Server()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(10000);
        }
    }
    bool start(const Cli &cli, const QStringList &extra = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QProcessEnvironment more = cli.environment();
        for (const QString &key : more.keys())
            env.insert(key, more.value(key));
        process.setProcessEnvironment(env);
        process.start(CliProcess::cliPath(),
                      cli.base() + QStringList{"serve", "--port", "0"} + extra);
        static const QRegularExpression listening(QStringLiteral("Listening on (http://[^ ]+) "));
        const bool ok = QTest::qWaitFor(
            [&]() {
                err += process.readAllStandardError();
                return listening.match(QString::fromUtf8(err)).hasMatch()
                    || process.state() == QProcess::NotRunning;
            },
            60000);
        const auto match = listening.match(QString::fromUtf8(err));
        if (!ok || !match.hasMatch())
            return false;
        url = QUrl(match.captured(1) + QLatin1Char('/'));
        return true;
    }
    bool waitForStderr(const QByteArray &text, int timeoutMs = 60000)
    {
        return QTest::qWaitFor(
                   [&]() {
                       err += process.readAllStandardError();
                       return err.contains(text) || process.state() == QProcess::NotRunning;
                   },
                   timeoutMs)
            && err.contains(text);
    }
};

qint64 scalar(const TestDatabase &db, const QString &sql)
{
    Connection connection(db.config());
    auto value = connection.scalar(sql);
    return value ? value->toLongLong() : -1;
}

QByteArray usersBody(int count)
{
    QByteArray body = R"({"dataType":"user","records":[)";
    for (int i = 0; i < count; ++i)
        body += (i ? "," : "") + QByteArray(R"({"uid":"u)") + QByteArray::number(i)
            + R"(","nickname":"User","email":"u)" + QByteArray::number(i) + R"(@example.com"})";
    return body + "]}";
}

bool haveCurl()
{
    return !QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty();
}
} // namespace

class TestApiServe : public QObject
{
    Q_OBJECT

private slots:
    void apiKeysCommands_data() { USERSYNC_ENGINE_ROWS(); }
    void apiKeysCommands()
    {
        USERSYNC_TEST_DATABASE(db);
        const Cli cli{db};
        CliRun run = cli({"apikeys", "create", "hr-export"});
        QCOMPARE(run.exitCode, 0);
        const QByteArray token = run.out.trimmed();
        QVERIFY2(token.startsWith("usk_") && token.size() > 40, run.out.constData());
        QVERIFY(run.errText().contains("only time its token is shown"));

        run = cli.json({"apikeys", "create", "ci"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject created = run.json().object();
        QCOMPARE(QStringList(created.keys()),
                 QStringList({"createdAt", "name", "prefix", "token"}));
        QCOMPARE(created.value("name").toString(), QStringLiteral("ci"));
        QVERIFY(created.value("token").toString().startsWith(created.value("prefix").toString()));

        run = cli({"apikeys", "create", "ci"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains("already exists"), run.err.constData());
        QCOMPARE(cli({"apikeys", "create"}).exitCode, 2);
        QCOMPARE(cli({"apikeys", "create", "   "}).exitCode, 2);

        run = cli.json({"apikeys", "list"});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray keys = run.json().array();
        QCOMPARE(keys.size(), 2);
        QCOMPARE(QStringList(keys.at(0).toObject().keys()),
                 QStringList({"createdAt", "lastUsedAt", "name", "prefix", "revokedAt"}));
        QCOMPARE(keys.at(0).toObject().value("prefix").toString(),
                 QString::fromLatin1(token.left(8)));
        QVERIFY(keys.at(0).toObject().value("lastUsedAt").isNull());
        QVERIFY(!run.out.contains(token)); // never the token
        run = cli({"apikeys", "list"});
        QVERIFY(run.outText().contains("hr-export"));
        QVERIFY(!run.out.contains(token));

        run = cli.json({"apikeys", "revoke", "hr-export"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.json().object().value("revokedAt").isNull());
        run = cli({"apikeys", "revoke", "hr-export"});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(cli({"apikeys", "revoke", "nobody"}).exitCode, 3);
        run = cli({"apikeys", "create", "hr-export"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains("was revoked"), run.err.constData());
        // Only hashes are stored.
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT COUNT(*) FROM api_keys WHERE token_hash = '%1'")
                            .arg(QString::fromLatin1(token))),
                 0);
    }

    void serveUsage()
    {
        QTemporaryDir dir;
        const QStringList base{"--data-dir", dir.path()};
        QProcessEnvironment env;
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        QCOMPARE(CliProcess::cli(base + QStringList{"serve", "--port", "70000"}, {}, env).exitCode,
                 2);
        QCOMPARE(
            CliProcess::cli(base + QStringList{"serve", "--max-body-mib", "0"}, {}, env).exitCode,
            2);
        QCOMPARE(CliProcess::cli(base + QStringList{"serve", "extra"}, {}, env).exitCode, 2);
        CliRun run =
            CliProcess::cli(base + QStringList{"serve", "--bind", "not-an-address"}, {}, env);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains("is not an IP address"), run.err.constData());
        // A port that is taken: exit 1, and the message says so.
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        run = CliProcess::cli(
            base + QStringList{"serve", "--port", QString::number(taken.serverPort())}, {}, env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains("Cannot listen on 127.0.0.1 port"), run.err.constData());
        QVERIFY(CliProcess::cli(base + QStringList{"--help"}, {}, env)
                    .outText()
                    .contains("serve [--bind"));
    }

    void serveAndSigterm_data() { USERSYNC_ENGINE_ROWS(); }
    void serveAndSigterm()
    {
        USERSYNC_TEST_DATABASE(db);
        const Cli cli{db};
        Server server;
        QVERIFY2(server.start(cli), server.err.constData());
        QVERIFY(server.waitForStderr("No API key exists yet"));
        const QByteArray token = cli.createKey(QStringLiteral("ops"));
        QVERIFY(!token.isEmpty());
        ApiTestClient client(server.url, token);
        HttpResult result =
            client.post(QStringLiteral("/api/userData:listSyncTypes"), QByteArray());
        QCOMPARE(result.status, 200); // a key made by another process works at once

        // A large push is in hand when SIGTERM arrives: it is applied and answered, then the
        // server exits 0, and nothing listens any more.
        QNetworkReply *push =
            client.start("POST", QStringLiteral("/api/userData:push"), usersBody(30000));
        QVERIFY(QTest::qWaitFor(
            [&]() {
                return scalar(db,
                              QStringLiteral(
                                  "SELECT COUNT(*) FROM sync_tasks WHERE status = 'processing'"))
                    == 1;
            },
            120000));
        ::kill(pid_t(server.process.processId()), SIGTERM);
        result = ApiTestClient::wait(push, 300000);
        server.err += server.process.readAllStandardError();
        QVERIFY2(result.status == 200,
                 (result.errorString.toUtf8() + "\n" + server.err).constData());
        QCOMPARE(result.object().value("data").toObject().value("code").toInt(), 0);
        QVERIFY(QTest::qWaitFor([&]() { return server.process.state() == QProcess::NotRunning; },
                                60000));
        server.err += server.process.readAllStandardError();
        QCOMPARE(server.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.process.exitCode(), 0);
        QVERIFY2(server.err.contains("Stopping: answering the 1 request(s) in hand"),
                 server.err.constData());
        QVERIFY(server.err.contains("POST /api/userData:push 200"));
        QVERIFY(server.err.contains("Stopped."));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM users")), 30000);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM sync_tasks WHERE status = 'success'")),
            1);
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(server.url.port()));
        QVERIFY(!probe.waitForConnected(3000));
        // The key's last use was recorded before the exit.
        CliRun keys = cli.json({"apikeys", "list"});
        QVERIFY(!keys.json().array().at(0).toObject().value("lastUsedAt").isNull());
    }

    void serveOptions_data() { USERSYNC_ENGINE_ROWS(); }
    void serveOptions()
    {
        USERSYNC_REQUIRE(
            haveCurl(),
            QStringLiteral("curl is not installed (scripts/deps.sh --test installs it)"));
        USERSYNC_TEST_DATABASE(db);
        const Cli cli{db};
        const QByteArray token = cli.createKey(QStringLiteral("ops"));
        Server server;
        QVERIFY2(server.start(cli, {"--bind", "127.0.0.1", "--max-body-mib", "1"}),
                 server.err.constData());
        QVERIFY(server.err.contains("bodies up to 1 MiB"));
        QVERIFY(!server.err.contains("Warning"));
        QTemporaryDir dir;
        QFile big(dir.filePath(QStringLiteral("big.json")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(usersBody(1) + QByteArray(1024 * 1024, ' '));
        big.close();
        QProcess curl;
        curl.start(QStringLiteral("curl"),
                   {"-sS", "-o", "/dev/null", "-w", "%{http_code}", "-H",
                    "Authorization: Bearer " + QString::fromLatin1(token), "-H",
                    "Content-Type: application/json", "--data-binary", "@" + big.fileName(),
                    server.url.resolved(QUrl(QStringLiteral("/api/userData:push"))).toString()});
        QVERIFY(curl.waitForFinished(60000));
        QCOMPARE(curl.readAllStandardOutput(), QByteArray("413"));
        QVERIFY(server.waitForStderr("POST /api/userData:push 413"));
        ::kill(pid_t(server.process.processId()), SIGINT);
        QVERIFY(QTest::qWaitFor([&]() { return server.process.state() == QProcess::NotRunning; },
                                60000));
        QCOMPARE(server.process.exitCode(), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sync_tasks")), 0);
    }

    void documentedScriptWorks_data() { USERSYNC_ENGINE_ROWS(); }
    void documentedScriptWorks()
    {
        USERSYNC_REQUIRE(
            haveCurl(),
            QStringLiteral("curl is not installed (scripts/deps.sh --test installs it)"));
        USERSYNC_TEST_DATABASE(db);
        // The script as the README prints it.
        QFile doc(QStringLiteral(USERSYNC_README));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        static const QRegularExpression block(
            QStringLiteral("<!-- example-script -->\\s*```sh\\n(.*?)```"),
            QRegularExpression::DotMatchesEverythingOption);
        const auto match = block.match(text);
        QVERIFY2(match.hasMatch(), "README.md has no <!-- example-script --> block");
        QTemporaryDir dir;
        QFile script(dir.filePath(QStringLiteral("push-directory.sh")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(match.captured(1).toUtf8());
        script.close();

        const Cli cli{db};
        const QByteArray token = cli.createKey(QStringLiteral("script"));
        Server server;
        QVERIFY2(server.start(cli), server.err.constData());
        QProcessEnvironment env;
        env.insert(QStringLiteral("USERSYNC_URL"), server.url.toString().chopped(1));
        env.insert(QStringLiteral("USERSYNC_TOKEN"), QString::fromLatin1(token));
        CliRun run = CliProcess::run(QStringLiteral("sh"), {script.fileName()}, {}, env);
        QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
        QVERIFY(run.outText().contains("\"code\":0"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM departments")), 5);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM users")), 5);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM department_users")), 5);
        // Without a token it stops with a clear message, not a half-done push.
        env.insert(QStringLiteral("USERSYNC_TOKEN"), QStringLiteral("usk_wrong"));
        run = CliProcess::run(QStringLiteral("sh"), {script.fileName()}, {}, env);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.outText().contains("INVALID_TOKEN") || run.errText().contains("INVALID_TOKEN"),
                 (run.out + run.err).constData());
    }
};

QTEST_GUILESS_MAIN(TestApiServe)
#include "tst_api_serve.moc"
