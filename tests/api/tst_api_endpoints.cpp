// The other endpoints (pull, retry, listSyncTypes, the two lists), routing errors, and how pushes
// queue: one at a time per source, in arrival order, sources in parallel, the server answering
// while a large push is applied. Real HTTP on 127.0.0.1, SQLite and PostgreSQL.
#include "apifixture.h"
#include "cliprocess.h"
#include "store/taskrepository.h"
#include "testenv.h"

#include <QJsonArray>
#include <QProcess>
#include <QTcpSocket>
#include <QtTest>

#include <csignal>

namespace {
QByteArray usersBody(const QString &source, int count,
                     const QString &nickname = QStringLiteral("N"), int first = 0)
{
    QByteArray body =
        "{\"dataType\":\"user\",\"sourceName\":\"" + source.toUtf8() + "\",\"records\":[";
    for (int i = first; i < first + count; ++i) {
        if (i > first)
            body += ',';
        body += "{\"uid\":\"u" + QByteArray::number(i) + "\",\"nickname\":\"" + nickname.toUtf8()
            + "\",\"email\":\"user" + QByteArray::number(i) + "@" + source.toUtf8()
            + ".example.com\"}";
    }
    return body + "]}";
}

QJsonArray rows(const HttpResult &result)
{
    return result.object().value("data").toArray();
}

QJsonObject meta(const HttpResult &result)
{
    return result.object().value("meta").toObject();
}

qint64 sourceId(EngineHarness &h, const QString &name)
{
    auto id = h.db().scalar(QStringLiteral("SELECT id FROM sync_sources WHERE name = ?"), {name});
    return id ? id->toLongLong() : 0;
}

// Waits until the task with this id has finished, and returns its row of the tasks list.
QJsonObject finishedTask(ApiFixture &f, qint64 id)
{
    QJsonObject row;
    [[maybe_unused]] const bool done = QTest::qWaitFor(
        [&]() {
            const HttpResult list = f.client().get(
                QStringLiteral("/api/userDataSyncTasks:list?filter={\"id\":%1}").arg(id));
            row = rows(list).at(0).toObject();
            const QString status = row.value("status").toString();
            return status != QLatin1String("init") && status != QLatin1String("processing")
                && !status.isEmpty();
        },
        120000);
    return row;
}
} // namespace

class TestApiEndpoints : public QObject
{
    Q_OBJECT

private slots:
    void routing_data() { USERSYNC_ENGINE_ROWS(); }
    void routing()
    {
        USERSYNC_API_FIXTURE(f);
        HttpResult result = f.client().get(QStringLiteral("/api/nope:list"));
        QCOMPARE(result.status, 404);
        QVERIFY(result.message().contains("There is no endpoint GET /api/nope:list"));
        result = f.client().get(QStringLiteral("/"));
        QCOMPARE(result.status, 404);
        QVERIFY(result.object().contains("errors"));

        result = f.client().get(QStringLiteral("/api/userData:push"));
        QCOMPARE(result.status, 405);
        QCOMPARE(result.header("Allow"), QByteArray("POST"));
        QVERIFY(result.message().contains("does not accept GET"));
        result = f.client().send("DELETE", QStringLiteral("/api/userDataSyncTasks:list"), {},
                                 {{"Authorization", "Bearer " + f.token()}});
        QCOMPARE(result.status, 405);
        QCOMPARE(result.header("Allow"), QByteArray("GET, POST"));
        QCOMPARE(f.server().pendingRequests(), 0);
    }

    void listSyncTypes_data() { USERSYNC_ENGINE_ROWS(); }
    void listSyncTypes()
    {
        USERSYNC_API_FIXTURE(f);
        for (const QByteArray &method : {QByteArray("POST"), QByteArray("GET")}) {
            const HttpResult result =
                f.client().send(method, QStringLiteral("/api/userData:listSyncTypes"), {},
                                {{"Authorization", "Bearer " + f.token()}});
            QCOMPARE(result.status, 200);
            QStringList names;
            for (const QJsonValue &type : rows(result)) {
                names << type.toObject().value("name").toString();
                QVERIFY(!type.toObject().value("title").toString().isEmpty());
            }
            QVERIFY2(names.contains("sample") && names.contains("api") && names.contains("http"),
                     qPrintable(names.join(',')));
        }
        f.client().setToken({});
        QCOMPARE(
            f.client().post(QStringLiteral("/api/userData:listSyncTypes"), QByteArray()).status,
            401);
    }

    void pull_data() { USERSYNC_ENGINE_ROWS(); }
    void pull()
    {
        USERSYNC_API_FIXTURE(f);
        EngineHarness &h = f.harness();
        QVERIFY(h.addSource(QStringLiteral("hr"), QStringLiteral("sample"),
                            {{"users", 30}, {"departments", 4}}));
        QVERIFY(h.addSource(QStringLiteral("off"), QStringLiteral("sample"), {}, false));
        QVERIFY(h.addSource(QStringLiteral("pushed"), QStringLiteral("api"), {}));
        QVERIFY(h.addSource(QStringLiteral("big"), QStringLiteral("sample"),
                            {{"users", 20000}, {"departments", 50}, {"pageSize", 500}}));

        HttpResult result = f.client().post(QStringLiteral("/api/userData:pull"), QByteArray());
        QCOMPARE(result.status, 400);
        QVERIFY(result.message().contains("userData:pull?name="));

        result = f.client().post(QStringLiteral("/api/userData:pull?name=nope"), QByteArray());
        QCOMPARE(result.status, 404); // NocoBase: 500, same body
        QCOMPARE(result.body,
                 QByteArray(R"({"errors":[{"message":"SyncSource [nope] is not found."}]})"));

        result = f.client().post(QStringLiteral("/api/userData:pull?name=off"), QByteArray());
        QCOMPARE(result.status, 409);
        QVERIFY2(result.message().contains("is disabled"), qPrintable(result.message()));
        result = f.client().post(QStringLiteral("/api/userData:pull?name=pushed"), QByteArray());
        QCOMPARE(result.status, 409);
        QVERIFY2(result.message().contains("nothing to pull"), qPrintable(result.message()));

        result = f.client().post(QStringLiteral("/api/userData:pull?name=hr"), QByteArray());
        QCOMPARE(result.status, 200);
        const QJsonObject started = result.object().value("data").toObject();
        QVERIFY(started.value("id").toInteger() > 0);
        QCOMPARE(started.value("batch").toString().size(), 20);
        QCOMPARE(started.value("sourceId").toInteger(), sourceId(h, QStringLiteral("hr")));
        QCOMPARE(started.value("attempt").toInt(), 1);
        const QJsonObject task = finishedTask(f, started.value("id").toInteger());
        QCOMPARE(task.value("status").toString(), QStringLiteral("success"));
        QCOMPARE(task.value("batch").toString(), started.value("batch").toString());
        QCOMPARE(h.count(QStringLiteral("users")), 30);

        // While a sync runs, a second one is refused with the running batch.
        result = f.client().post(QStringLiteral("/api/userData:pull?name=big"), QByteArray());
        QCOMPARE(result.status, 200);
        const QString batch = result.object().value("data").toObject().value("batch").toString();
        result = f.client().post(QStringLiteral("/api/userData:pull?name=big"), QByteArray());
        QCOMPARE(result.status, 409);
        QVERIFY2(result.message().contains(batch), qPrintable(result.message()));
        QCOMPARE(result.object().value("errors").toArray().size(), 1);
        finishedTask(f, started.value("id").toInteger() + 1);
    }

    void retry_data() { USERSYNC_ENGINE_ROWS(); }
    void retry()
    {
        USERSYNC_API_FIXTURE(f);
        EngineHarness &h = f.harness();
        QVERIFY(h.addSource(QStringLiteral("flaky"), QStringLiteral("sample"),
                            {{"users", 40},
                             {"departments", 3},
                             {"pageSize", 10},
                             {"failAfter", 15},
                             {"failTimes", 1}}));
        const qint64 flaky = sourceId(h, QStringLiteral("flaky"));
        HttpResult result =
            f.client().post(QStringLiteral("/api/userData:pull?name=flaky"), QByteArray());
        QCOMPARE(result.status, 200);
        const qint64 taskId = result.object().value("data").toObject().value("id").toInteger();
        QCOMPARE(finishedTask(f, taskId).value("status").toString(), QStringLiteral("failed"));

        result = f.client().post(QStringLiteral("/api/userData:retry"), QByteArray());
        QCOMPARE(result.status, 400);
        result = f.client().post(QStringLiteral("/api/userData:retry?id=abc"), QByteArray());
        QCOMPARE(result.status, 400);
        result = f.client().post(
            QStringLiteral("/api/userData:retry?id=99999&sourceId=%1").arg(flaky), QByteArray());
        QCOMPARE(result.status, 404);
        QCOMPARE(result.message(), QStringLiteral("Task [99999] is not found."));
        result = f.client().post(
            QStringLiteral("/api/userData:retry?id=%1&sourceId=777").arg(taskId), QByteArray());
        QCOMPARE(result.status, 404);
        QCOMPARE(result.message(), QStringLiteral("SyncSource [777] is not found."));
        QVERIFY(h.addSource(QStringLiteral("other"), QStringLiteral("sample"), {}));
        result = f.client().post(QStringLiteral("/api/userData:retry?id=%1&sourceId=%2")
                                     .arg(taskId)
                                     .arg(sourceId(h, QStringLiteral("other"))),
                                 QByteArray());
        QCOMPARE(result.status, 404);

        result = f.client().post(
            QStringLiteral("/api/userData:retry?id=%1&sourceId=%2").arg(taskId).arg(flaky),
            QByteArray());
        QCOMPARE(result.status, 200);
        const QJsonObject retried = result.object().value("data").toObject();
        QCOMPARE(retried.value("id").toInteger(), taskId);
        QCOMPARE(retried.value("attempt").toInt(), 2);
        const QJsonObject task = finishedTask(f, taskId);
        QCOMPARE(task.value("status").toString(), QStringLiteral("success"));
        QCOMPARE(task.value("attempt").toInt(), 2);
        QCOMPARE(h.count(QStringLiteral("users")), 40);

        // A successful task is not retried.
        result =
            f.client().post(QStringLiteral("/api/userData:retry?id=%1").arg(taskId), QByteArray());
        QCOMPARE(result.status, 409);
        QVERIFY(!result.message().isEmpty());

        // A partial push is retried by re-applying its stored body.
        result = f.client().post(QStringLiteral("/api/userData:push"),
                                 QByteArray(R"({"dataType":"user","sourceName":"hrpush","records":[
                                   {"uid":"a","email":"dup@example.com"},{"uid":"b","email":"dup@example.com"}]})"));
        QCOMPARE(result.status, 200);
        const HttpResult list =
            f.client().get(QStringLiteral("/api/userDataSyncTasks:list?filter={\"sourceId\":%1}")
                               .arg(sourceId(h, QStringLiteral("hrpush"))));
        const QJsonObject pushTask = rows(list).at(0).toObject();
        QCOMPARE(pushTask.value("status").toString(), QStringLiteral("partial"));
        result = f.client().post(
            QStringLiteral("/api/userData:retry?id=%1").arg(pushTask.value("id").toInteger()),
            QByteArray());
        QCOMPARE(result.status, 200);
        const QJsonObject again = finishedTask(f, pushTask.value("id").toInteger());
        QCOMPARE(again.value("attempt").toInt(), 2);
        QCOMPARE(again.value("status").toString(),
                 QStringLiteral("partial")); // same body, same clash
        QCOMPARE(h.count(QStringLiteral("users")), 41);
    }

    void lists_data() { USERSYNC_ENGINE_ROWS(); }
    void lists()
    {
        USERSYNC_API_FIXTURE(f);
        EngineHarness &h = f.harness();
        QVERIFY(h.addSource(QStringLiteral("a"), QStringLiteral("sample"), {{"users", 5}}));
        QVERIFY(h.addSource(QStringLiteral("b"), QStringLiteral("sample"), {{"users", 5}}, false));
        QVERIFY(h.addSource(QStringLiteral("c"), QStringLiteral("api"), {}));

        HttpResult result = f.client().get(QStringLiteral("/api/userDataSyncSources:list"));
        QCOMPARE(result.status, 200);
        QCOMPARE(meta(result),
                 QJsonObject({{"count", 3}, {"page", 1}, {"pageSize", 20}, {"totalPage", 1}}));
        QCOMPARE(rows(result).at(0).toObject().value("name").toString(), QStringLiteral("a"));
        const QJsonObject first = rows(result).at(0).toObject();
        for (const char *key : {"id", "name", "sourceType", "displayName", "enabled", "options",
                                "sort", "createdAt", "updatedAt"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        result = f.client().get(
            QStringLiteral("/api/userDataSyncSources:list?filter={\"enabled\":true}&sort=-sort"));
        QCOMPARE(meta(result).value("count").toInt(), 2);
        QCOMPARE(rows(result).at(0).toObject().value("name").toString(), QStringLiteral("c"));
        result = f.client().get(
            QStringLiteral("/api/userDataSyncSources:list?sort=name&page=2&pageSize=2"));
        QCOMPARE(meta(result),
                 QJsonObject({{"count", 3}, {"page", 2}, {"pageSize", 2}, {"totalPage", 2}}));
        QCOMPARE(rows(result).size(), 1);
        QCOMPARE(rows(result).at(0).toObject().value("name").toString(), QStringLiteral("c"));
        result = f.client().get(QStringLiteral(
            "/api/userDataSyncSources:list?filter={\"sourceType\":{\"$in\":[\"api\"]}}"));
        QCOMPARE(meta(result).value("count").toInt(), 1);

        // Bad parameters are refused, not ignored.
        for (const QString &bad :
             {QStringLiteral("filter=nope"), QStringLiteral("filter={\"colour\":1}"),
              QStringLiteral("sort=-colour"), QStringLiteral("pageSize=0"),
              QStringLiteral("page=x"), QStringLiteral("filter={\"name\":{\"$like\":\"a\"}}")}) {
            result = f.client().get(QStringLiteral("/api/userDataSyncSources:list?") + bad);
            QVERIFY2(result.status == 400, qPrintable(bad));
            QVERIFY(!result.message().isEmpty());
        }
        result = f.client().get(QStringLiteral("/api/userDataSyncTasks:list?pageSize=5000"));
        QCOMPARE(meta(result).value("pageSize").toInt(), 1000);

        // Tasks: three of a, one of c.
        for (int i = 0; i < 3; ++i) {
            result = f.client().post(QStringLiteral("/api/userData:pull?name=a"), QByteArray());
            QCOMPARE(result.status, 200);
            finishedTask(f, result.object().value("data").toObject().value("id").toInteger());
        }
        QCOMPARE(f.client()
                     .post(QStringLiteral("/api/userData:push"), usersBody(QStringLiteral("c"), 2))
                     .status,
                 200);
        const qint64 a = sourceId(h, QStringLiteral("a"));
        result = f.client().get(
            QStringLiteral(
                "/api/userDataSyncTasks:list?filter={\"sourceId\":%1}&sort=-sort&pageSize=2")
                .arg(a));
        QCOMPARE(result.status, 200);
        QCOMPARE(meta(result),
                 QJsonObject({{"count", 3}, {"page", 1}, {"pageSize", 2}, {"totalPage", 2}}));
        const QJsonArray newest = rows(result);
        QCOMPARE(newest.size(), 2);
        QVERIFY(newest.at(0).toObject().value("id").toInteger()
                > newest.at(1).toObject().value("id").toInteger());
        const QJsonObject task = newest.at(0).toObject();
        for (const char *key :
             {"id", "batch", "sourceId", "status", "message", "cost", "sort", "createdAt",
              "updatedAt", "attempt", "counts", "startedAt", "finishedAt"})
            QVERIFY2(task.contains(QLatin1String(key)), key);
        QCOMPARE(task.value("sourceId").toInteger(), a);
        QCOMPARE(task.value("status").toString(), QStringLiteral("success"));
        QVERIFY(task.value("cost").toInteger() >= 0);
        result = f.client().get(
            QStringLiteral(
                "/api/"
                "userDataSyncTasks:list?filter={\"sourceId\":\"%1\"}&sort=-id&page=2&pageSize=2")
                .arg(a));
        QCOMPARE(rows(result).size(), 1);
        result = f.client().get(QStringLiteral("/api/userDataSyncTasks:list?sort=id"));
        QCOMPARE(meta(result).value("count").toInt(), 4);
        QVERIFY(rows(result).at(0).toObject().value("id").toInteger()
                < rows(result).at(3).toObject().value("id").toInteger());
        QCOMPARE(rows(result).at(3).toObject().value("source").toString(), QStringLiteral("c"));
        result = f.client().get(QStringLiteral(
            "/api/userDataSyncTasks:list?filter={\"status\":{\"$in\":[\"failed\",\"partial\"]}}"));
        QCOMPARE(meta(result).value("count").toInt(), 0);
        result = f.client().get(
            QStringLiteral("/api/userDataSyncTasks:list?filter={\"sourceId\":99999}"));
        QCOMPARE(meta(result),
                 QJsonObject({{"count", 0}, {"page", 1}, {"pageSize", 20}, {"totalPage", 0}}));
    }

    void pushesQueuePerSource_data() { USERSYNC_ENGINE_ROWS(); }
    void pushesQueuePerSource()
    {
        USERSYNC_API_FIXTURE(f);
        QSignalSpy queued(&f.server(), &ApiServer::pushQueued);
        // A large first push for "a", then two small ones for "a" changing the same users, then one
        // for "b". They arrive in this order on four connections.
        QNetworkReply *first =
            f.client().start("POST", QStringLiteral("/api/userData:push"),
                             usersBody(QStringLiteral("a"), 20000, QStringLiteral("first")));
        QVERIFY(QTest::qWaitFor([&]() { return f.server().pendingRequests() == 1; }, 30000));
        QNetworkReply *second =
            f.client().start("POST", QStringLiteral("/api/userData:push"),
                             usersBody(QStringLiteral("a"), 10, QStringLiteral("second")));
        QVERIFY(QTest::qWaitFor([&]() { return f.server().pendingRequests() == 2; }, 30000));
        QNetworkReply *third =
            f.client().start("POST", QStringLiteral("/api/userData:push"),
                             usersBody(QStringLiteral("a"), 10, QStringLiteral("third")));
        QVERIFY(QTest::qWaitFor([&]() { return f.server().pendingRequests() == 3; }, 30000));
        QNetworkReply *other =
            f.client().start("POST", QStringLiteral("/api/userData:push"),
                             usersBody(QStringLiteral("b"), 10, QStringLiteral("other")));

        // "b" does not wait for "a".
        QVERIFY(QTest::qWaitFor([&]() { return other->isFinished(); }, 120000));
        QVERIFY2(!first->isFinished(), "the push for b waited for the large push for a");
        QCOMPARE(ApiTestClient::collect(other).status, 200);
        QVERIFY(QTest::qWaitFor([&]() { return queued.size() >= 2; }, 60000));
        QCOMPARE(queued.at(0).at(0).toString(), QStringLiteral("a"));
        QCOMPARE(queued.at(1).at(1).toInt(), 2);

        for (QNetworkReply *reply : {first, second, third}) {
            const HttpResult result = ApiTestClient::wait(reply, 300000);
            QVERIFY2(result.status == 200, result.body.constData()); // never "already syncing"
        }
        other->deleteLater();
        // Applied one after the other, in arrival order.
        EngineHarness &h = f.harness();
        auto tasks = TaskRepository(h.db()).listForSource(sourceId(h, QStringLiteral("a")), 10);
        QVERIFY(tasks.ok());
        QCOMPARE(tasks->size(), 3);
        for (int i = tasks->size() - 1; i > 0; --i)
            QVERIFY(tasks->at(i).finishedAt <= tasks->at(i - 1).startedAt);
        QCOMPARE(h.user(h.userId(QStringLiteral("a"), QStringLiteral("u3"))).nickname,
                 QStringLiteral("third"));
        QCOMPARE(h.user(h.userId(QStringLiteral("a"), QStringLiteral("u15"))).nickname,
                 QStringLiteral("first"));
        QCOMPARE(f.server().queuedPushes(), 0);
    }

    void pushWhileAnotherProcessSyncs_data() { USERSYNC_ENGINE_ROWS(); }
    void pushWhileAnotherProcessSyncs()
    {
        USERSYNC_API_FIXTURE(f);
        EngineHarness &h = f.harness();
        // usersync-cli push of a large body for source "hr", in a process of its own on the same
        // store.
        QTemporaryDir dir;
        QFile body(dir.filePath(QStringLiteral("hr.json")));
        QVERIFY(body.open(QIODevice::WriteOnly));
        body.write(usersBody(QStringLiteral("hr"), 50000));
        body.close();
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (h.database().isPostgres())
            env.insert(QStringLiteral("PGPASSWORD"), h.database().config().password());
        cli.setProcessEnvironment(env);
        cli.start(CliProcess::cliPath(),
                  {"--data-dir", h.dataDir().root(), "--database", h.database().url(), "push",
                   body.fileName()});
        QVERIFY(QTest::qWaitFor(
            [&]() {
                return h.count(QStringLiteral("sync_tasks WHERE status = 'processing'")) == 1
                    || cli.state() == QProcess::NotRunning;
            },
            120000));
        QVERIFY2(cli.state() == QProcess::Running,
                 (cli.readAllStandardError() + cli.readAllStandardOutput()).constData());
        const HttpResult result =
            f.client().post(QStringLiteral("/api/userData:push"),
                            usersBody(QStringLiteral("hr"), 3, QStringLiteral("api")));
        QCOMPARE(result.status, 409);
        QCOMPARE(result.object().value("data").toObject().value("code").toInt(), 409);
        QVERIFY2(result.message().contains("“hr” is already syncing"),
                 qPrintable(result.message()));
        QVERIFY(QTest::qWaitFor([&]() { return cli.state() == QProcess::NotRunning; }, 300000));
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(h.count(QStringLiteral("sync_tasks")), 1); // the refused push left no task
        QCOMPARE(h.user(h.userId(QStringLiteral("hr"), QStringLiteral("u1"))).nickname,
                 QStringLiteral("N"));
    }

    void answersWhileALargePushIsApplied_data() { USERSYNC_ENGINE_ROWS(); }
    void answersWhileALargePushIsApplied()
    {
        USERSYNC_API_FIXTURE(f);
        QSignalSpy handled(&f.server(), &ApiServer::requestHandled);
        QNetworkReply *push = f.client().start("POST", QStringLiteral("/api/userData:push"),
                                               usersBody(QStringLiteral("api"), 50000));
        // Wait until the push's task runs.
        QVERIFY(QTest::qWaitFor(
            [&]() { return f.harness().count(QStringLiteral("sync_tasks")) == 1; }, 120000));
        const HttpResult types = f.client().post(QStringLiteral("/api/userData:listSyncTypes"),
                                                 QByteArray(), "application/json", 30000);
        QCOMPARE(types.status, 200);
        QVERIFY2(!push->isFinished(),
                 "the 50,000-user push finished before listSyncTypes was answered");
        const HttpResult tasks =
            f.client().get(QStringLiteral("/api/userDataSyncTasks:list"), 30000);
        QCOMPARE(tasks.status, 200);
        QCOMPARE(rows(tasks).at(0).toObject().value("status").toString(),
                 QStringLiteral("processing"));
        QVERIFY(!push->isFinished());
        const HttpResult result = ApiTestClient::wait(push, 600000);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.object()
                     .value("data")
                     .toObject()
                     .value("result")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("detail")
                     .toObject()
                     .value("count")
                     .toObject()
                     .value("success")
                     .toInt(),
                 50000);
        QCOMPARE(f.harness().count(QStringLiteral("users")), 50000);
    }

    void stopFinishesRequestsInHand_data() { USERSYNC_ENGINE_ROWS(); }
    void stopFinishesRequestsInHand()
    {
        USERSYNC_API_FIXTURE(f);
        QNetworkReply *push = f.client().start("POST", QStringLiteral("/api/userData:push"),
                                               usersBody(QStringLiteral("api"), 30000));
        // A request arrives when its body is complete: the large one first.
        QVERIFY(QTest::qWaitFor([&]() { return f.server().pendingRequests() == 1; }, 30000));
        QNetworkReply *queued =
            f.client().start("POST", QStringLiteral("/api/userData:push"),
                             usersBody(QStringLiteral("api"), 10, QStringLiteral("late")));
        QVERIFY(QTest::qWaitFor([&]() { return f.server().pendingRequests() == 2; }, 30000));
        const quint16 port = f.server().port();
        QSignalSpy idle(&f.server(), &ApiServer::idle);
        f.server().stop();
        QVERIFY(!f.server().isListening());
        QTcpSocket refused;
        refused.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!refused.waitForConnected(3000));
        QCOMPARE(ApiTestClient::wait(push, 300000).status, 200);
        QCOMPARE(ApiTestClient::wait(queued, 300000).status, 200);
        QVERIFY(idle.size() >= 1 || idle.wait(10000));
        QCOMPARE(f.harness()
                     .user(f.harness().userId(QStringLiteral("api"), QStringLiteral("u5")))
                     .nickname,
                 QStringLiteral("late"));

        // And it starts again, on a new port.
        ApiServerSettings settings;
        settings.port = 0;
        QString error;
        QVERIFY2(f.server().start(settings, &error), qPrintable(error));
        f.client().setBase(f.base());
        QCOMPARE(
            f.client().post(QStringLiteral("/api/userData:listSyncTypes"), QByteArray()).status,
            200);
    }

    void queuedPushOfAGoneClientIsDropped_data() { USERSYNC_ENGINE_ROWS(); }
    void queuedPushOfAGoneClientIsDropped()
    {
        USERSYNC_API_FIXTURE(f);
        QNetworkReply *big = f.client().start("POST", QStringLiteral("/api/userData:push"),
                                              usersBody(QStringLiteral("api"), 30000));
        QVERIFY(QTest::qWaitFor([&]() { return f.server().pendingRequests() == 1; }, 30000));
        QNetworkReply *gone =
            f.client().start("POST", QStringLiteral("/api/userData:push"),
                             usersBody(QStringLiteral("api"), 5, QStringLiteral("gone")));
        QVERIFY(QTest::qWaitFor(
            [&]() { return f.server().queuedPushes(QStringLiteral("api")) == 1; }, 60000));
        gone->abort();
        gone->deleteLater();
        QCOMPARE(ApiTestClient::wait(big, 300000).status, 200);
        QVERIFY(f.waitIdle());
        QCOMPARE(f.harness().count(QStringLiteral("sync_tasks")), 1);
        QCOMPARE(f.harness()
                     .user(f.harness().userId(QStringLiteral("api"), QStringLiteral("u1")))
                     .nickname,
                 QStringLiteral("N"));
    }
};

QTEST_GUILESS_MAIN(TestApiEndpoints)
#include "tst_api_endpoints.moc"
