// The sync rules of DESIGN §4, each proven on SQLite and PostgreSQL through the real task runner.
#include "engineharness.h"
#include "store/membershiprepository.h"
#include "store/taskresultrepository.h"
#include "store/userrepository.h"
#include "sync/taskrunner.h"
#include "testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {
QJsonObject body(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

const char *departmentsPush = R"({"dataType":"department","records":[
 {"uid":"d-root","title":"Acme Corp"},
 {"uid":"d-eng","title":"Engineering","parentUid":"d-root"},
 {"uid":"d-sales","title":"Sales","parentUid":"d-root"},
 {"uid":"d-backend","title":"Backend","parentUid":"d-eng"},
 {"uid":"d-frontend","title":"Frontend","parentUid":"d-eng"}]})";

const char *usersPush = R"({"dataType":"user","matchKey":"email","records":[
 {"uid":"u1","nickname":"Alice","username":"alice","email":"alice@example.com","phone":"13800000001","departments":[{"uid":"d-backend","isMain":true,"isOwner":true}]},
 {"uid":"u2","nickname":"Bob","username":"bob","email":"bob@example.com","departments":["d-backend","d-frontend"]},
 {"uid":"u3","nickname":"Carol","username":"carol","email":"carol@example.com","departments":[{"uid":"d-sales","isMain":true}]},
 {"uid":"u4","nickname":"Dave","username":"dave","email":"dave@example.com","departments":[{"uid":"d-root","isOwner":true,"isMain":true}]},
 {"uid":"u5","nickname":"Eve","username":"eve","email":"eve@example.com"}]})";

QHash<qint64, Membership> byDepartment(const QList<Membership> &list)
{
    QHash<qint64, Membership> map;
    for (const Membership &m : list)
        map.insert(m.departmentId, m);
    return map;
}

int countOf(const SyncTask &task, const char *resource, const char *action)
{
    return task.counts.value(QLatin1String(resource))
        .toObject()
        .value(QLatin1String(action))
        .toInt();
}

QList<TaskResult> outcomes(EngineHarness &h, const SyncTask &task, const QString &action = {})
{
    auto list = TaskResultRepository(h.db()).forTask(task.id, task.attempt, action);
    return list ? *list : QList<TaskResult>();
}
} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private slots:
    void referenceExample_data() { USERSYNC_ENGINE_ROWS(); }
    void referenceExample()
    {
        USERSYNC_ENGINE(h);
        auto departments = h.push(body(departmentsPush));
        QVERIFY2(!departments.refused, qPrintable(departments.message));
        QCOMPARE(departments.task.status, TaskStatus::Success);
        QCOMPARE(
            QJsonDocument(departments.response).toJson(QJsonDocument::Compact),
            QByteArray(
                R"({"data":{"code":0,"message":"success","result":[{"detail":{"count":{"all":5,"failed":0,"success":5},"failedRecords":[]},"resource":"departments"}]}})"));
        auto users = h.push(body(usersPush));
        QCOMPARE(users.task.status, TaskStatus::Success);
        QCOMPARE(
            QJsonDocument(users.response).toJson(QJsonDocument::Compact),
            QByteArray(
                R"({"data":{"code":0,"message":"success","result":[{"detail":{"count":{"all":5,"failed":0,"success":5},"failedRecords":[]},"resource":"users"},{"detail":{"count":{"all":5,"failed":0,"success":5},"failedRecords":[]},"resource":"departments"}]}})"));
        QCOMPARE(users.task.sourceName, QStringLiteral("api"));

        const qint64 root = h.departmentId("api", "d-root");
        const qint64 eng = h.departmentId("api", "d-eng");
        const qint64 backend = h.departmentId("api", "d-backend");
        QCOMPARE(h.department(root).parentId, 0);
        QCOMPARE(h.department(eng).parentId, root);
        QCOMPARE(h.department(backend).parentId, eng);
        QCOMPARE(h.department(root).isLeaf, false);
        QCOMPARE(h.department(backend).isLeaf, true);

        const User alice = h.user(h.userId("api", "u1"));
        QCOMPARE(alice.nickname, QStringLiteral("Alice"));
        QCOMPARE(alice.phone, QStringLiteral("13800000001"));
        auto aliceIn = byDepartment(h.memberships(alice.id));
        QCOMPARE(aliceIn.size(), 1);
        QVERIFY(aliceIn.value(backend).isOwner);
        QVERIFY(aliceIn.value(backend).isMain);
        QCOMPARE(aliceIn.value(backend).managedBySource, QStringLiteral("api"));
        // Plain uid strings: members, not owners, main = the first listed department.
        auto bobIn = byDepartment(h.memberships(h.userId("api", "u2")));
        QCOMPARE(bobIn.size(), 2);
        QVERIFY(bobIn.value(backend).isMain);
        QVERIFY(!bobIn.value(backend).isOwner);
        QVERIFY(!bobIn.value(h.departmentId("api", "d-frontend")).isMain);
        QVERIFY(h.memberships(h.userId("api", "u5")).isEmpty());
        QCOMPARE(h.count("users"), 5);
    }

    void adoptionByMatchKey_data() { USERSYNC_ENGINE_ROWS(); }
    void adoptionByMatchKey()
    {
        USERSYNC_ENGINE(h);
        User existing;
        existing.nickname = QStringLiteral("Alice (made by hand)");
        existing.username = QStringLiteral("a.smith");
        existing.email = QStringLiteral("alice@example.com");
        auto saved = UserRepository(h.db()).insert(existing);
        QVERIFY(saved.ok());
        auto run = h.push(body(
            R"({"dataType":"user","matchKey":"email","records":[{"uid":"u1","nickname":"Alice","email":"alice@example.com"}]})"));
        QCOMPARE(run.task.status, TaskStatus::Success);
        QCOMPARE(h.count("users"), 1);
        QCOMPARE(h.userId("api", "u1"), saved->id);
        QCOMPARE(h.user(saved->id).nickname, QStringLiteral("Alice"));
        QCOMPARE(h.user(saved->id).username, QStringLiteral("a.smith")); // absent key left alone
        const auto adopted = outcomes(h, run.task, QStringLiteral("updated"));
        QVERIFY(!adopted.isEmpty());
        QVERIFY2(adopted.constFirst().message.contains(QLatin1String("Adopted")),
                 qPrintable(adopted.constFirst().message));

        // Afterwards the link decides, even when the e-mail changes.
        run = h.push(body(
            R"({"dataType":"user","matchKey":"email","records":[{"uid":"u1","email":"alice@new.example.com"}]})"));
        QCOMPARE(h.count("users"), 1);
        QCOMPARE(h.user(saved->id).email, QStringLiteral("alice@new.example.com"));
    }

    void emptyMatchKeyValueNeverAdopts_data() { USERSYNC_ENGINE_ROWS(); }
    void emptyMatchKeyValueNeverAdopts()
    {
        USERSYNC_ENGINE(h);
        User noMail;
        noMail.username = QStringLiteral("nomail");
        QVERIFY(UserRepository(h.db()).insert(noMail).ok());
        auto run = h.push(body(
            R"({"dataType":"user","matchKey":"email","records":[{"uid":"u9","nickname":"New","email":""},{"uid":"u10","nickname":"Other","username":"other"}]})"));
        QCOMPARE(run.task.status, TaskStatus::Success);
        QCOMPARE(h.count("users"), 3); // two new users; the one without e-mail was not adopted
        QVERIFY(h.userId("api", "u9") != 0);
        QCOMPARE(h.user(h.userId("api", "u9")).nickname, QStringLiteral("New"));
    }

    void absentKeysAreLeftAlone_data() { USERSYNC_ENGINE_ROWS(); }
    void absentKeysAreLeftAlone()
    {
        USERSYNC_ENGINE(h);
        h.push(body(departmentsPush));
        h.push(body(usersPush));
        const qint64 bob = h.userId("api", "u2");
        auto run =
            h.push(body(R"({"dataType":"user","records":[{"uid":"u2","nickname":"Bobby"}]})"));
        QCOMPARE(run.task.status, TaskStatus::Success);
        const User after = h.user(bob);
        QCOMPARE(after.nickname, QStringLiteral("Bobby"));
        QCOMPARE(after.email, QStringLiteral("bob@example.com"));
        QCOMPARE(after.username, QStringLiteral("bob"));
        QCOMPARE(h.memberships(bob).size(), 2); // NocoBase would have wiped them
        // A present null clears a field.
        h.push(body(R"({"dataType":"user","records":[{"uid":"u2","phone":null,"email":null}]})"));
        QCOMPARE(h.user(bob).email, QString());
        QCOMPARE(h.user(bob).username, QStringLiteral("bob"));
    }

    void customFieldsAndIgnoredKeys_data() { USERSYNC_ENGINE_ROWS(); }
    void customFieldsAndIgnoredKeys()
    {
        USERSYNC_ENGINE(h);
        auto run = h.push(body(
            R"({"dataType":"user","records":[{"uid":"u1","username":"x","id":999,"password":"hunter2","sort":4,"title":"Engineer","employeeNumber":"E-1","enabled":false}]})"));
        QCOMPARE(run.task.status, TaskStatus::Success);
        const User u = h.user(h.userId("api", "u1"));
        QVERIFY(u.id != 999);
        QCOMPARE(u.custom, (QJsonObject{{"title", "Engineer"}, {"employeeNumber", "E-1"}}));
        QCOMPARE(u.enabled, false);
        // The password was redacted before it was stored anywhere.
        auto meta =
            h.db().scalar(QStringLiteral("SELECT meta_data FROM sync_records WHERE uid = 'u1'"));
        QVERIFY(!meta->toString().contains(QLatin1String("hunter2")));
        QVERIFY(meta->toString().contains(QLatin1String("[redacted]")));
    }

    void childBeforeParentInOneBatch_data() { USERSYNC_ENGINE_ROWS(); }
    void childBeforeParentInOneBatch()
    {
        USERSYNC_ENGINE(h);
        auto run = h.push(body(R"({"dataType":"department","records":[
            {"uid":"c","title":"Grandchild","parentUid":"b"},{"uid":"b","title":"Child","parentUid":"a"},{"uid":"a","title":"Root"}]})"));
        QCOMPARE(run.task.status, TaskStatus::Success);
        QCOMPARE(h.department(h.departmentId("api", "c")).parentId, h.departmentId("api", "b"));
        QCOMPARE(h.department(h.departmentId("api", "b")).parentId, h.departmentId("api", "a"));
        QCOMPARE(h.department(h.departmentId("api", "a")).isLeaf, false);
        QCOMPARE(h.department(h.departmentId("api", "c")).isLeaf, true);
    }

    void parentArrivingInALaterPush_data() { USERSYNC_ENGINE_ROWS(); }
    void parentArrivingInALaterPush()
    {
        USERSYNC_ENGINE(h);
        auto first = h.push(body(
            R"({"dataType":"department","records":[{"uid":"child","title":"Child","parentUid":"later"}]})"));
        QCOMPARE(first.task.status, TaskStatus::Partial);
        const auto failed = outcomes(h, first.task, QStringLiteral("failed"));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.constFirst().message.contains(
                     QStringLiteral("Parent department “later” is not known")),
                 qPrintable(failed.constFirst().message));
        QCOMPARE(h.department(h.departmentId("api", "child")).parentId, 0);

        auto second = h.push(
            body(R"({"dataType":"department","records":[{"uid":"later","title":"Parent"}]})"));
        QCOMPARE(second.task.status, TaskStatus::Success);
        QCOMPARE(h.department(h.departmentId("api", "child")).parentId,
                 h.departmentId("api", "later"));
        QCOMPARE(h.department(h.departmentId("api", "later")).isLeaf, false);
        bool reported = false;
        for (const TaskResult &r : outcomes(h, second.task))
            reported =
                reported || (r.uid == QLatin1String("child") && r.action == RecordAction::Updated);
        QVERIFY(reported);
    }

    void cyclesAreRefused_data() { USERSYNC_ENGINE_ROWS(); }
    void cyclesAreRefused()
    {
        USERSYNC_ENGINE(h);
        auto run = h.push(body(
            R"({"dataType":"department","records":[{"uid":"a","title":"A","parentUid":"b"},{"uid":"b","title":"B","parentUid":"a"}]})"));
        QCOMPARE(run.task.status, TaskStatus::Partial);
        const auto failed = outcomes(h, run.task, QStringLiteral("failed"));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.constFirst().message.contains(QLatin1String("would create a loop")),
                 qPrintable(failed.constFirst().message));
        const qint64 a = h.departmentId("api", "a"), b = h.departmentId("api", "b");
        QVERIFY(h.department(a).parentId == 0 || h.department(b).parentId == 0);

        // A later move of a department under its own descendant is refused too.
        h.push(body(
            R"({"dataType":"department","records":[{"uid":"x","title":"X"},{"uid":"y","title":"Y","parentUid":"x"},{"uid":"z","title":"Z","parentUid":"y"}]})"));
        run = h.push(body(R"({"dataType":"department","records":[{"uid":"x","parentUid":"z"}]})"));
        QCOMPARE(run.task.status, TaskStatus::Partial);
        QCOMPARE(h.department(h.departmentId("api", "x")).parentId, 0);
        QVERIFY(outcomes(h, run.task, QStringLiteral("failed"))
                    .constFirst()
                    .message.contains(QStringLiteral("X → Z → Y → X")));
    }

    void movesKeepLeavesRight_data() { USERSYNC_ENGINE_ROWS(); }
    void movesKeepLeavesRight()
    {
        USERSYNC_ENGINE(h);
        h.push(body(departmentsPush));
        const qint64 sales = h.departmentId("api", "d-sales");
        auto run = h.push(body(
            R"({"dataType":"department","records":[{"uid":"d-backend","title":"Platform","parentUid":"d-sales","sort":7}]})"));
        QCOMPARE(run.task.status, TaskStatus::Success);
        const Department moved = h.department(h.departmentId("api", "d-backend"));
        QCOMPARE(moved.parentId, sales);
        QCOMPARE(moved.title, QStringLiteral("Platform"));
        QCOMPARE(moved.sort, 7);
        QCOMPARE(h.department(sales).isLeaf, false);
        QCOMPARE(h.department(h.departmentId("api", "d-eng")).isLeaf, false); // still has Frontend
        h.push(body(
            R"({"dataType":"department","records":[{"uid":"d-frontend","parentUid":"d-sales"}]})"));
        QCOMPARE(h.department(h.departmentId("api", "d-eng")).isLeaf, true);
    }

    void handMadeMembershipsStay_data() { USERSYNC_ENGINE_ROWS(); }
    void handMadeMembershipsStay()
    {
        USERSYNC_ENGINE(h);
        h.push(body(departmentsPush));
        h.push(body(usersPush));
        const qint64 alice = h.userId("api", "u1");
        const qint64 sales = h.departmentId("api", "d-sales");
        QVERIFY(!MembershipRepository(h.db()).save(Membership{alice, sales, false, false, {}}));
        auto run = h.push(
            body(R"({"dataType":"user","records":[{"uid":"u1","departments":["d-frontend"]}]})"));
        QCOMPARE(run.task.status, TaskStatus::Success);
        auto now = byDepartment(h.memberships(alice));
        QCOMPARE(now.size(), 2);
        QVERIFY(now.contains(sales)); // made by hand: kept
        QVERIFY(now.contains(h.departmentId("api", "d-frontend"))); // from the source
        QVERIFY(!now.contains(h.departmentId("api", "d-backend"))); // from the source, dropped
        QVERIFY(now.value(h.departmentId("api", "d-frontend")).isMain);
        // An empty list removes only what the source made.
        h.push(body(R"({"dataType":"user","records":[{"uid":"u1","departments":[]}]})"));
        now = byDepartment(h.memberships(alice));
        QCOMPARE(now.keys(), QList<qint64>{sales});
        QVERIFY(now.value(sales).isMain); // the main department falls back to what is left
    }

    void ownerAndMain_data() { USERSYNC_ENGINE_ROWS(); }
    void ownerAndMain()
    {
        USERSYNC_ENGINE(h);
        h.push(body(departmentsPush));
        auto run = h.push(body(
            R"({"dataType":"user","records":[{"uid":"u1","username":"a","departments":["d-eng",{"uid":"d-sales","isMain":true},{"uid":"d-root","isOwner":true}]}]})"));
        QCOMPARE(run.task.status, TaskStatus::Success);
        auto in = byDepartment(h.memberships(h.userId("api", "u1")));
        QCOMPARE(in.size(), 3);
        QVERIFY(in.value(h.departmentId("api", "d-sales")).isMain);
        QVERIFY(!in.value(h.departmentId("api", "d-eng")).isMain);
        QVERIFY(in.value(h.departmentId("api", "d-root")).isOwner);
        QVERIFY(!in.value(h.departmentId("api", "d-sales")).isOwner);
        // Main moves; exactly one main at any time.
        h.push(body(
            R"({"dataType":"user","records":[{"uid":"u1","departments":[{"uid":"d-eng","isMain":true},"d-sales","d-root"]}]})"));
        in = byDepartment(h.memberships(h.userId("api", "u1")));
        QVERIFY(in.value(h.departmentId("api", "d-eng")).isMain);
        QVERIFY(!in.value(h.departmentId("api", "d-sales")).isMain);
        QVERIFY(!in.value(h.departmentId("api", "d-root")).isOwner); // a plain uid resets ownership
        // Unknown departments fail the membership outcome; the known ones are applied.
        run = h.push(body(
            R"({"dataType":"user","records":[{"uid":"u1","departments":["d-nope","d-sales"]}]})"));
        QCOMPARE(run.task.status, TaskStatus::Partial);
        in = byDepartment(h.memberships(h.userId("api", "u1")));
        QCOMPARE(in.keys(), QList<qint64>{h.departmentId("api", "d-sales")});
        const auto failed = outcomes(h, run.task, QStringLiteral("failed"));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.constFirst().resource, QStringLiteral("departments"));
        QVERIFY(failed.constFirst().message.contains(QStringLiteral("“d-nope”")));
    }

    void explicitDeletes_data() { USERSYNC_ENGINE_ROWS(); }
    void explicitDeletes()
    {
        USERSYNC_ENGINE(h);
        h.push(body(departmentsPush));
        h.push(body(usersPush));
        // A protected account is never deleted.
        User admin = h.user(h.userId("api", "u4"));
        admin.isProtected = true;
        QVERIFY(!UserRepository(h.db()).update(admin));
        auto run = h.push(body(
            R"({"dataType":"user","records":[{"uid":"u1","isDeleted":true},{"uid":"u4","isDeleted":true},{"uid":"ghost","isDeleted":true}]})"));
        QCOMPARE(run.task.status, TaskStatus::Success);
        QCOMPARE(h.userId("api", "u1"), 0);
        QCOMPARE(h.count("users"), 4);
        QVERIFY(h.user(admin.id).id != 0);
        QCOMPARE(h.userId("api", "ghost"), 0); // NocoBase would have created it
        int skipped = 0;
        for (const TaskResult &r : outcomes(h, run.task, QStringLiteral("skipped")))
            skipped += r.resource == QLatin1String("users");
        QCOMPARE(skipped, 2);
        // Deleting a department moves its children up and says so.
        const qint64 root = h.departmentId("api", "d-root");
        run = h.push(
            body(R"({"dataType":"department","records":[{"uid":"d-eng","isDeleted":true}]})"));
        QCOMPARE(run.task.status, TaskStatus::Success);
        QCOMPARE(h.departmentId("api", "d-eng"), 0);
        QCOMPARE(h.department(h.departmentId("api", "d-backend")).parentId, root);
        QCOMPARE(h.department(h.departmentId("api", "d-frontend")).parentId, root);
        int moves = 0;
        for (const TaskResult &r : outcomes(h, run.task, QStringLiteral("updated")))
            moves += r.message.contains(QLatin1String("moved up"));
        QCOMPARE(moves, 2);
    }

    void duplicateEmailFailsOneRecord_data() { USERSYNC_ENGINE_ROWS(); }
    void duplicateEmailFailsOneRecord()
    {
        USERSYNC_ENGINE(h);
        auto run = h.push(body(R"({"dataType":"user","records":[
            {"uid":"u1","username":"one","email":"same@example.com"},
            {"uid":"u2","username":"two","email":"same@example.com"},
            {"uid":"u3","username":"three","email":"three@example.com"}]})"));
        QCOMPARE(run.task.status, TaskStatus::Partial);
        QCOMPARE(h.count("users"), 2);
        QVERIFY(h.userId("api", "u3") != 0);
        const QJsonObject users =
            run.response.value("data").toObject().value("result").toArray().at(0).toObject();
        QCOMPARE(users.value("resource").toString(), QStringLiteral("users"));
        const QJsonObject detail = users.value("detail").toObject();
        QCOMPARE(detail.value("count").toObject().value("failed").toInt(), 1);
        QCOMPARE(detail.value("count").toObject().value("success").toInt(), 2);
        const QJsonObject failed = detail.value("failedRecords").toArray().at(0).toObject();
        QCOMPARE(failed.value("record").toObject().value("uid").toString(), QStringLiteral("u2"));
        QVERIFY2(failed.value("message").toString().contains(
                     QStringLiteral("e-mail address “same@example.com” is already used")),
                 qPrintable(failed.value("message").toString()));
        QVERIFY(run.task.message.contains(QLatin1String("failed records: 1")));
        QCOMPARE(countOf(run.task, "users", "failed"), 1);
        QCOMPARE(countOf(run.task, "users", "created"), 2);
    }

    void recordWithoutUidRejectsTheBatch_data() { USERSYNC_ENGINE_ROWS(); }
    void recordWithoutUidRejectsTheBatch()
    {
        USERSYNC_ENGINE(h);
        auto run = h.push(body(
            R"({"dataType":"user","records":[{"uid":"u1","username":"a"},{"username":"nouid"}]})"));
        QVERIFY(run.refused);
        QCOMPARE(run.reason, TaskRefusal::BadInput);
        QCOMPARE(run.message,
                 QStringLiteral(R"(record must has uid, error record: {"username":"nouid"})"));
        QCOMPARE(h.count("sync_records"), 0);
        QCOMPARE(h.count("users"), 0);
        QCOMPARE(h.count("sync_tasks"), 0);
    }

    void sameUidTwiceInOneBatch_data() { USERSYNC_ENGINE_ROWS(); }
    void sameUidTwiceInOneBatch()
    {
        USERSYNC_ENGINE(h);
        auto run = h.push(body(
            R"({"dataType":"user","records":[{"uid":"u1","nickname":"First"},{"uid":"u1","nickname":"Second"}]})"));
        QCOMPARE(run.task.status, TaskStatus::Success);
        QCOMPARE(h.count("users"), 1);
        QCOMPARE(h.user(h.userId("api", "u1")).nickname, QStringLiteral("Second"));
        const auto skipped = outcomes(h, run.task, QStringLiteral("skipped"));
        QCOMPARE(skipped.size(), 1);
        QVERIFY(skipped.constFirst().message.contains(QLatin1String("Superseded")));
    }

    void sourcesAreNamespaces_data() { USERSYNC_ENGINE_ROWS(); }
    void sourcesAreNamespaces()
    {
        USERSYNC_ENGINE(h);
        h.push(body(R"({"dataType":"user","records":[{"uid":"u1","username":"api-u1"}]})"));
        auto run = h.push(body(
            R"({"dataType":"user","sourceName":"hr-system","records":[{"uid":"u1","username":"hr-u1"}]})"));
        QCOMPARE(run.task.sourceName, QStringLiteral("hr-system"));
        QCOMPARE(h.count("users"), 2);
        QVERIFY(h.userId("api", "u1") != h.userId("hr-system", "u1"));
    }

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

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
