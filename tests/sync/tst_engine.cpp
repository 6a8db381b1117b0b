// The sync rules of DESIGN §4 for one sync, each proven on SQLite and PostgreSQL through the
// real task runner: identity and matchKey, departments and memberships, deletes, bad records.
// Re-syncs, retries and cancels are in tst_engine_resync.cpp.
#include "enginetestdata.h"
#include "store/membershiprepository.h"
#include "store/userrepository.h"
#include "sync/taskrunner.h"
#include "testenv.h"

#include <QJsonArray>
#include <QtTest>

using namespace EngineTestData;

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
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
