// The sync rules of DESIGN §4 across syncs, on SQLite and PostgreSQL through the real task
// runner: unchanged re-syncs, deltas, rows deleted by hand, failed records and pulls retried,
// refusals and cancels.
#include "enginetestdata.h"
#include "store/membershiprepository.h"
#include "store/userrepository.h"
#include "sync/taskrunner.h"
#include "testenv.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QtTest>

using namespace EngineTestData;

class TestEngineResync : public QObject
{
    Q_OBJECT

private slots:
    void idempotentSampleSync_data() { USERSYNC_ENGINE_ROWS(); }
    void idempotentSampleSync()
    {
        USERSYNC_ENGINE(h);
        QVERIFY(h.addSource(
            "sample", "sample",
            QJsonObject{{"users", 1500}, {"departments", 40}, {"depth", 4}, {"pageSize", 400}}));
        auto first = h.sync("sample");
        QCOMPARE(first.task.status, TaskStatus::Success);
        QCOMPARE(countOf(first.task, "users", "created"), 1500);
        QCOMPARE(countOf(first.task, "departments", "created") >= 40, true);
        QCOMPARE(h.count("users"), 1500);
        QCOMPARE(h.count("departments"), 40);
        const QString usersBefore =
            h.db().scalar(QStringLiteral("SELECT MAX(updated_at) FROM users"))->toString();
        const qint64 membershipsBefore = h.count("department_users");
        auto second = h.sync("sample");
        QCOMPARE(second.task.status, TaskStatus::Success);
        for (const char *resource : {"users", "departments"}) {
            for (const char *action : {"created", "updated", "deleted", "failed"})
                QCOMPARE(countOf(second.task, resource, action), 0);
        }
        QCOMPARE(countOf(second.task, "users", "unchanged"), 1500);
        QCOMPARE(h.db().scalar(QStringLiteral("SELECT MAX(updated_at) FROM users"))->toString(),
                 usersBefore);
        QCOMPARE(h.count("department_users"), membershipsBefore);
    }

    void unchangedRecordsAreCountedNotWritten_data() { USERSYNC_ENGINE_ROWS(); }
    void unchangedRecordsAreCountedNotWritten()
    {
        USERSYNC_ENGINE(h);
        QCOMPARE(h.push(body(departmentsPush)).task.status, TaskStatus::Success);
        QCOMPARE(h.push(body(usersPush)).task.status, TaskStatus::Success);
        const QString recordsBefore =
            h.db().scalar(QStringLiteral("SELECT MAX(updated_at) FROM sync_records"))->toString();
        const qint64 resultsBefore = h.count("sync_task_results");
        auto again = h.push(body(usersPush));
        QCOMPARE(again.task.status, TaskStatus::Success);
        QCOMPARE(countOf(again.task, "users", "unchanged"), 5);
        QCOMPARE(countOf(again.task, "users", "updated"), 0);
        // Counted, not listed: no result rows, no origin record rewritten.
        QCOMPARE(h.count("sync_task_results"), resultsBefore);
        auto counted = TaskResultRepository(h.db()).countedByAction(again.task.id, 1);
        QVERIFY(counted);
        // Each user record feeds two resources: users, and departments (its memberships).
        QCOMPARE(counted->value(QStringLiteral("unchanged")), 10);
        QCOMPARE(countOf(again.task, "departments", "unchanged"), 5);
        QCOMPARE(
            h.db().scalar(QStringLiteral("SELECT MAX(updated_at) FROM sync_records"))->toString(),
            recordsBefore);
        // Deleting the task forgets its counted outcomes too.
        QVERIFY(!TaskResultRepository(h.db()).removeForTask(again.task.id));
        QVERIFY(TaskResultRepository(h.db()).countedByAction(again.task.id, 1)->isEmpty());
    }

    void unchangedResyncRemakesHandDeletedRows_data() { USERSYNC_ENGINE_ROWS(); }
    void unchangedResyncRemakesHandDeletedRows()
    {
        USERSYNC_ENGINE(h);
        QCOMPARE(h.push(body(departmentsPush)).task.status, TaskStatus::Success);
        QCOMPARE(h.push(body(usersPush)).task.status, TaskStatus::Success);
        const qint64 carol = h.userId("api", "u3");
        QVERIFY(!h.db().exec(QStringLiteral("DELETE FROM department_users WHERE user_id = ?"),
                             {carol}));
        QVERIFY(!h.db().exec(QStringLiteral("DELETE FROM users WHERE id = ?"), {carol}));
        QCOMPARE(h.count("users"), 4);
        auto again = h.push(body(usersPush));
        QCOMPARE(again.task.status, TaskStatus::Success);
        QCOMPARE(h.count("users"), 5);
        QCOMPARE(countOf(again.task, "users", "unchanged"), 4);
        const qint64 remade = h.userId("api", "u3");
        QVERIFY(remade != 0);
        QCOMPARE(h.user(remade).email, QStringLiteral("carol@example.com"));
        QCOMPARE(h.memberships(remade).size(), 1);

        // A department deleted by hand is made again, and so are the memberships it took along,
        // although the user records arrive unchanged.
        const qint64 backend = h.departmentId("api", "d-backend");
        QVERIFY(!h.db().exec(QStringLiteral("DELETE FROM department_users WHERE department_id = ?"),
                             {backend}));
        QVERIFY(!h.db().exec(QStringLiteral("UPDATE departments SET parent_id = NULL WHERE "
                                            "parent_id = ?"),
                             {backend}));
        QVERIFY(!h.db().exec(QStringLiteral("DELETE FROM departments WHERE id = ?"), {backend}));
        QCOMPARE(h.push(body(departmentsPush)).task.status, TaskStatus::Success);
        const qint64 backendAgain = h.departmentId("api", "d-backend");
        QVERIFY(backendAgain != 0 && backendAgain != backend);
        QCOMPARE(h.department(backendAgain).parentId, h.departmentId("api", "d-eng"));
        QCOMPARE(h.push(body(usersPush)).task.status, TaskStatus::Success);
        const auto alice = byDepartment(h.memberships(h.userId("api", "u1")));
        QVERIFY(alice.contains(backendAgain));
        QVERIFY(alice.value(backendAgain).isOwner);
        QCOMPARE(byDepartment(h.memberships(h.userId("api", "u2"))).size(), 2);
    }

    void failedRecordIsAppliedAgainUnchanged_data() { USERSYNC_ENGINE_ROWS(); }
    void failedRecordIsAppliedAgainUnchanged()
    {
        USERSYNC_ENGINE(h);
        const QJsonObject clash = body(R"({"dataType":"user","records":[
            {"uid":"u1","username":"one","email":"same@example.com"},
            {"uid":"u2","username":"two","email":"same@example.com"}]})");
        auto first = h.push(clash);
        QCOMPARE(first.task.status, TaskStatus::Partial);
        QCOMPARE(countOf(first.task, "users", "failed"), 1);
        // An administrator mends the clash by hand; the same batch arrives again unchanged.
        const qint64 one = h.userId("api", "u1");
        QVERIFY(!h.db().exec(QStringLiteral("UPDATE users SET email = ? WHERE id = ?"),
                             {QStringLiteral("one@example.com"), one}));
        auto second = h.push(clash);
        QCOMPARE(second.task.status, TaskStatus::Success);
        QCOMPARE(countOf(second.task, "users", "created"), 1);
        QCOMPARE(countOf(second.task, "users", "unchanged"), 1);
        QCOMPARE(h.user(h.userId("api", "u2")).email, QStringLiteral("same@example.com"));
        // The unchanged record did not undo the hand edit.
        QCOMPARE(h.user(one).email, QStringLiteral("one@example.com"));
    }

    void sampleDeltaSync_data() { USERSYNC_ENGINE_ROWS(); }
    void sampleDeltaSync()
    {
        USERSYNC_ENGINE(h);
        QVERIFY(h.addSource("sample", "sample", QJsonObject{{"users", 2000}, {"departments", 50}}));
        QCOMPARE(h.sync("sample").task.status, TaskStatus::Success);
        QVERIFY(!h.db().exec(
            QStringLiteral("UPDATE sync_sources SET options = ? WHERE name = 'sample'"),
            {QStringLiteral(R"({"users":2000,"departments":50,"mutation":20})")}));
        auto delta = h.sync("sample");
        QCOMPARE(delta.task.status, TaskStatus::Success);
        const QJsonObject users = delta.task.counts.value(QStringLiteral("users")).toObject();
        QVERIFY2(users["created"].toInt() > 50 && users["created"].toInt() < 200,
                 qPrintable(QString::number(users["created"].toInt())));
        QVERIFY(users["updated"].toInt() > 100);
        QVERIFY(users["deleted"].toInt() > 50);
        QCOMPARE(h.count("users"), 2000 + users["created"].toInt() - users["deleted"].toInt());
    }

    void failedPullKeepsCommittedPagesAndRetries_data() { USERSYNC_ENGINE_ROWS(); }
    void failedPullKeepsCommittedPagesAndRetries()
    {
        USERSYNC_ENGINE(h);
        QVERIFY(h.addSource("flaky", "sample",
                            QJsonObject{{"users", 1000},
                                        {"departments", 10},
                                        {"pageSize", 200},
                                        {"failAfter", 610},
                                        {"failTimes", 1}}));
        auto failed = h.sync("flaky");
        QCOMPARE(failed.task.status, TaskStatus::Failed);
        QVERIFY2(failed.task.message.contains(QLatin1String("Simulated failure after 610 records")),
                 qPrintable(failed.task.message));
        QVERIFY2(
            failed.task.message.contains(QStringLiteral("Pages 1–4 (610 records) were applied")),
            qPrintable(failed.task.message));
        QCOMPARE(h.count("users"), 600);
        auto retried = h.retry(failed.task.batch);
        QCOMPARE(retried.task.status, TaskStatus::Success);
        QCOMPARE(retried.task.batch, failed.task.batch);
        QCOMPARE(retried.task.attempt, 2);
        QCOMPARE(h.count("users"), 1000);
        QCOMPARE(countOf(retried.task, "users", "created"), 400);
        QCOMPARE(countOf(retried.task, "users", "unchanged"), 600);
        // Success is not retryable.
        auto again = h.retry(failed.task.batch);
        QVERIFY(again.refused);
        QCOMPARE(again.reason, TaskRefusal::Refused);
    }

    // A push keeps its page, redacted, for Retry: once the conflict is cleared, the retry
    // applies the records that failed, with their memberships, from the stored page.
    void partialPushRetriesFromItsStoredPage_data() { USERSYNC_ENGINE_ROWS(); }
    void partialPushRetriesFromItsStoredPage()
    {
        USERSYNC_ENGINE(h);
        QCOMPARE(h.push(body(departmentsPush)).task.status, TaskStatus::Success);
        auto run = h.push(body(R"({"dataType":"user","records":[
            {"uid":"u1","username":"one","email":"same@example.com","password":"hunter2"},
            {"uid":"u2","username":"two","email":"same@example.com","departments":["d-sales"]},
            {"uid":"u1","username":"one","email":"same@example.com","password":"hunter2"}]})"));
        QCOMPARE(run.task.status, TaskStatus::Partial);
        QCOMPARE(countOf(run.task, "users", "failed"), 1);
        auto stored = h.db().scalar(QStringLiteral("SELECT payload FROM sync_tasks WHERE id = ?"),
                                    {run.task.id});
        QVERIFY(stored.ok());
        QVERIFY(!stored->toString().contains(QLatin1String("hunter2")));
        QVERIFY(stored->toString().contains(QLatin1String("[redacted]")));

        QVERIFY(
            !h.db().exec(QStringLiteral("UPDATE users SET email = 'one@example.com' WHERE id = ?"),
                         {h.userId("api", "u1")}));
        auto retried = h.retry(run.task.batch);
        QCOMPARE(retried.task.status, TaskStatus::Success);
        QCOMPARE(retried.task.attempt, 2);
        const qint64 two = h.userId("api", "u2");
        QVERIFY(two != 0);
        QCOMPARE(h.user(two).email, QStringLiteral("same@example.com"));
        QCOMPARE(h.memberships(two).size(), 1);
        QCOMPARE(h.memberships(two).at(0).departmentId, h.departmentId("api", "d-sales"));
        // The uids of the answer are the page's, each once.
        const QJsonObject users =
            retried.response.value("data").toObject().value("result").toArray().at(0).toObject();
        QCOMPARE(users.value("detail").toObject().value("count").toObject().value("all").toInt(),
                 2);

        // The raw log has the page as it arrived, redacted, once for the push and once for
        // the retry.
        QByteArray rawLog;
        QDirIterator files(h.dataDir().rawLogDir(), QDir::Files);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            rawLog += file.readAll();
        }
        int logged = 0;
        for (const QByteArray &line : rawLog.split('\n')) {
            if (!line.contains(run.task.batch.toUtf8()))
                continue;
            ++logged;
            QVERIFY(!line.contains("hunter2"));
            QVERIFY(line.contains("[redacted]"));
            QCOMPARE(line.count("\"uid\":\"u1\""), 2); // as it arrived: u1 twice
            QVERIFY(line.contains("\"uid\":\"u2\""));
        }
        QCOMPARE(logged, 2);
    }

    void refusals_data() { USERSYNC_ENGINE_ROWS(); }
    void refusals()
    {
        USERSYNC_ENGINE(h);
        QVERIFY(h.addSource("off", "sample", {}, false));
        auto disabled = h.sync("off");
        QVERIFY(disabled.refused);
        QCOMPARE(disabled.reason, TaskRefusal::Refused);
        QVERIFY(disabled.message.contains(QLatin1String("disabled")));
        auto missing = h.sync("nope");
        QCOMPARE(missing.reason, TaskRefusal::NotFound);
        QCOMPARE(missing.message, QStringLiteral("There is no source named “nope”."));
        h.push(body(R"({"dataType":"user","records":[{"uid":"u1"}]})"));
        auto pushOnly = h.sync("api");
        QCOMPARE(pushOnly.reason, TaskRefusal::Refused);
        QVERIFY(pushOnly.message.contains(QLatin1String("receives its data by push")));
        QCOMPARE(h.count("sync_tasks"), 1);
    }

    void cancelStopsAtAPage_data() { USERSYNC_ENGINE_ROWS(); }
    void cancelStopsAtAPage()
    {
        USERSYNC_ENGINE(h);
        QVERIFY(h.addSource("big", "sample", QJsonObject{{"users", 20000}, {"pageSize", 500}}));
        bool cancelled = false;
        QObject context;
        QObject::connect(&h.runner(), &TaskRunner::progress, &context,
                         [&](quint64, const TaskProgress &p) {
                             if (!cancelled && p.pages >= 3) {
                                 cancelled = h.runner().cancel(p.batch);
                             }
                         });
        auto run = h.sync("big");
        QVERIFY(cancelled);
        QCOMPARE(run.task.status, TaskStatus::Cancelled);
        QVERIFY(run.task.message.startsWith(QLatin1String("Cancelled.")));
        QVERIFY(h.count("users") < 20000);
        auto retried = h.retry(run.task.batch);
        QCOMPARE(retried.task.status, TaskStatus::Success);
        QCOMPARE(h.count("users"), 20000);
    }
};

QTEST_GUILESS_MAIN(TestEngineResync)
#include "tst_engine_resync.moc"
