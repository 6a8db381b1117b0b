// The store against real SQLite and PostgreSQL: tables, repositories, and the constraints that
// keep data honest, each giving a typed, readable error and leaving the database as it was.
#include "store/connection.h"
#include "store/departmentrepository.h"
#include "store/membershiprepository.h"
#include "store/migrator.h"
#include "store/recordrepository.h"
#include "store/sourcerepository.h"
#include "store/taskrepository.h"
#include "store/taskresultrepository.h"
#include "store/transaction.h"
#include "store/userrepository.h"
#include "store/walkeeper.h"
#include "storetestdata.h"
#include "testdatabase.h"
#include "testenv.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace StoreTestData;

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void createsEveryTable_data() { USERSYNC_ENGINE_ROWS(); }
    void createsEveryTable()
    {
        USERSYNC_TEST_DATABASE(db);
        Connection connection(db.config());
        QVERIFY2(connection.isOpen(), qPrintable(connection.openError().message()));
        Migrator migrator(connection);
        QVERIFY(!migrator.migrate());
        QCOMPARE(*migrator.currentVersion(), Migrator::latestVersion());
        for (const char *table : {"schema_version", "sync_sources", "sync_tasks", "sync_records",
                                  "sync_record_resources", "sync_task_results", "users",
                                  "departments", "department_users", "api_keys"}) {
            QVERIFY2(count(connection, QString::fromLatin1(table)) == 0
                         || QByteArray(table) == "schema_version",
                     table);
        }
        QCOMPARE(count(connection, QStringLiteral("schema_version")),
                 qint64(Migrator::migrations().size()));
    }

    void sqliteConnectionSettings()
    {
        TestDatabase db(QStringLiteral("sqlite"));
        Connection connection(db.config());
        QVERIFY(connection.isOpen());
        QCOMPARE(connection.scalar(QStringLiteral("PRAGMA journal_mode"))->toString(),
                 QStringLiteral("wal"));
        QCOMPARE(connection.scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
        // Waiting for the write lock is WriterTurn's busy handler, not SQLite's busy_timeout
        // (tst_writerturn).
    }

    // Closing the last connection to a WAL database checkpoints and deletes the log; the keeper
    // makes sure a task's connection is never the last, and checkpoints when it goes itself.
    void walKeeperHoldsTheLog()
    {
        TestDatabase db(QStringLiteral("sqlite"));
        const QString log = db.config().sqlitePath() + QStringLiteral("-wal");
        const auto writeOnce = [&]() {
            Connection connection(db.config());
            QVERIFY(connection.isOpen());
            QVERIFY(!Migrator(connection).migrate());
            QVERIFY(SourceRepository(connection)
                        .insert(makeSource(QStringLiteral("s%1").arg(QFileInfo(log).size())))
                        .ok());
        };
        writeOnce();
        QVERIFY(!QFile::exists(log)); // no keeper: the close checkpointed and removed the log
        {
            WalKeeper keeper(db.config());
            keeper.hold();
            QVERIFY(keeper.isHolding());
            writeOnce();
            QVERIFY(QFile::exists(log));
            QVERIFY(QFileInfo(log).size() > 0);
            writeOnce();
            QVERIFY(QFileInfo(log).size() > 0);
        }
        QVERIFY(!QFile::exists(log));
        Connection connection(db.config());
        QCOMPARE(count(connection, QStringLiteral("sync_sources")), 3);

        WalKeeper postgres(DatabaseConfig::postgres(
            QStringLiteral("127.0.0.1"), 1, QStringLiteral("nobody"), QStringLiteral("nothing")));
        postgres.hold();
        QVERIFY(!postgres.isHolding());
    }

    void unreachableServerIsReadable()
    {
        DatabaseConfig config = DatabaseConfig::postgres(
            QStringLiteral("127.0.0.1"), 1, QStringLiteral("nobody"), QStringLiteral("nothing"));
        Connection connection(config);
        QVERIFY(!connection.isOpen());
        QCOMPARE(connection.openError().kind(), StoreError::Kind::Unavailable);
        QVERIFY2(connection.openError().message().contains(QLatin1String("127.0.0.1")),
                 qPrintable(connection.openError().message()));
        QVERIFY(connection.openError().message().contains(
            QLatin1String("Check that the server is running")));
    }

    void sourceRepository_data() { USERSYNC_ENGINE_ROWS(); }
    void sourceRepository()
    {
        USERSYNC_TEST_DATABASE(db);
        Connection connection(db.config());
        QVERIFY(!Migrator(connection).migrate());
        SourceRepository sources(connection);
        auto hr = sources.insert(makeSource(QStringLiteral("hr")));
        QVERIFY2(hr.ok(), qPrintable(hr.error().message()));
        QVERIFY(hr->id > 0);
        QVERIFY(hr->createdAt.isValid());
        auto ldap = sources.insert(makeSource(QStringLiteral("ldap")));
        QVERIFY(ldap.ok());
        QVERIFY(ldap->sort > hr->sort);

        SyncSource changed = *hr;
        changed.enabled = false;
        changed.options.insert(QStringLiteral("seed"), 7);
        QVERIFY(!sources.update(changed));
        auto reread = sources.byName(QStringLiteral("hr"));
        QVERIFY(reread.ok());
        QCOMPARE(reread->enabled, false);
        QCOMPARE(reread->options.value(QStringLiteral("seed")).toInt(), 7);
        QCOMPARE(sources.list()->size(), 2);

        QVERIFY(!sources.remove(ldap->id));
        QCOMPARE(sources.byName(QStringLiteral("ldap")).error().kind(), StoreError::Kind::NotFound);
        QCOMPARE(sources.remove(ldap->id).kind(), StoreError::Kind::NotFound);
    }

    void duplicateSourceName_data() { USERSYNC_ENGINE_ROWS(); }
    void duplicateSourceName()
    {
        USERSYNC_TEST_DATABASE(db);
        Connection connection(db.config());
        QVERIFY(!Migrator(connection).migrate());
        SourceRepository sources(connection);
        QVERIFY(sources.insert(makeSource(QStringLiteral("hr"))).ok());
        SyncSource second = makeSource(QStringLiteral("hr"));
        second.sourceType = QStringLiteral("http");
        auto duplicate = sources.insert(second);
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().kind(), StoreError::Kind::Duplicate);
        QCOMPARE(duplicate.error().field(), QStringLiteral("sync_sources.name"));
        QCOMPARE(
            duplicate.error().message(),
            QStringLiteral("Saving source “hr” failed: a source with this name already exists."));
        QCOMPARE(count(connection, QStringLiteral("sync_sources")), 1);
        QCOMPARE(sources.byName(QStringLiteral("hr"))->sourceType, QStringLiteral("sample"));
    }

    void duplicateEmail_data() { USERSYNC_ENGINE_ROWS(); }
    void duplicateEmail()
    {
        USERSYNC_TEST_DATABASE(db);
        Connection connection(db.config());
        QVERIFY(!Migrator(connection).migrate());
        UserRepository users(connection);
        User alice;
        alice.nickname = QStringLiteral("Alice");
        alice.username = QStringLiteral("alice");
        alice.email = QStringLiteral("alice@example.com");
        QVERIFY(users.insert(alice).ok());

        User impostor;
        impostor.nickname = QStringLiteral("Mallory");
        impostor.username = QStringLiteral("mallory");
        impostor.email = QStringLiteral("alice@example.com");
        auto clash = users.insert(impostor);
        QVERIFY(!clash.ok());
        QCOMPARE(clash.error().kind(), StoreError::Kind::Duplicate);
        QCOMPARE(clash.error().field(), QStringLiteral("users.email"));
        QVERIFY2(clash.error().message().contains(
                     QLatin1String("the e-mail address is already used by another user")),
                 qPrintable(clash.error().message()));
        QVERIFY(clash.error().message().contains(QLatin1String("mallory")));
        QCOMPARE(count(connection, QStringLiteral("users")), 1);
        QCOMPARE(
            users.byField(QStringLiteral("email"), QStringLiteral("alice@example.com"))->nickname,
            QStringLiteral("Alice"));

        // Empty values are not values: any number of users may have no e-mail or phone.
        User first, second;
        first.username = QStringLiteral("u1");
        second.username = QStringLiteral("u2");
        USERSYNC_VERIFY_OK(users.insert(first));
        USERSYNC_VERIFY_OK(users.insert(second));
        QCOMPARE(count(connection, QStringLiteral("users")), 3);
        QCOMPARE(users.byField(QStringLiteral("email"), QString()).error().kind(),
                 StoreError::Kind::NotFound);
    }

    void unknownForeignKey_data() { USERSYNC_ENGINE_ROWS(); }
    void unknownForeignKey()
    {
        USERSYNC_TEST_DATABASE(db);
        Connection connection(db.config());
        QVERIFY(!Migrator(connection).migrate());
        TaskRepository tasks(connection);
        auto orphan = tasks.create(4242, TaskOwner::current());
        QVERIFY(!orphan.ok());
        QCOMPARE(orphan.error().kind(), StoreError::Kind::MissingReference);
        QVERIFY2(
            orphan.error().message().contains(QLatin1String("refers to a row that does not exist")),
            qPrintable(orphan.error().message()));
        QCOMPARE(count(connection, QStringLiteral("sync_tasks")), 0);

        MembershipRepository memberships(connection);
        StoreError error = memberships.save(Membership{77, 88, false, false, {}});
        QCOMPARE(error.kind(), StoreError::Kind::MissingReference);
        QCOMPARE(count(connection, QStringLiteral("department_users")), 0);
    }

    void oneRunningTaskPerSource_data() { USERSYNC_ENGINE_ROWS(); }
    void oneRunningTaskPerSource()
    {
        USERSYNC_TEST_DATABASE(db);
        Connection connection(db.config());
        QVERIFY(!Migrator(connection).migrate());
        auto source = SourceRepository(connection).insert(makeSource(QStringLiteral("hr")));
        TaskRepository tasks(connection);
        auto first = tasks.create(source->id, TaskOwner::current());
        QVERIFY2(first.ok(), qPrintable(first.error().message()));
        QCOMPARE(first->status, TaskStatus::Init);
        QCOMPARE(first->batch.size(), 20);
        QCOMPARE(first->sourceName, QStringLiteral("hr"));

        auto second = tasks.create(source->id, TaskOwner::current());
        QVERIFY(!second.ok());
        QCOMPARE(second.error().kind(), StoreError::Kind::Conflict);
        QVERIFY2(second.error().message().contains(first->batch),
                 qPrintable(second.error().message()));
        QCOMPARE(*tasks.countForSource(source->id), 1);

        // Once it finished, the next one may start; a retry is refused while another runs.
        QVERIFY(!tasks.start(first->id));
        QVERIFY(!tasks.finish(first->id, TaskStatus::Failed, QStringLiteral("boom"), 12, {}));
        auto third = tasks.create(source->id, TaskOwner::current());
        QVERIFY(third.ok());
        auto retry = tasks.beginRetry(first->id, TaskOwner::current());
        QVERIFY(!retry.ok());
        QCOMPARE(retry.error().kind(), StoreError::Kind::Conflict);
        QVERIFY(retry.error().message().contains(third->batch));
        QCOMPARE(tasks.byId(first->id)->attempt, 1);
    }

    void taskLifecycle_data() { USERSYNC_ENGINE_ROWS(); }
    void taskLifecycle()
    {
        USERSYNC_TEST_DATABASE(db);
        Connection connection(db.config());
        QVERIFY(!Migrator(connection).migrate());
        auto source = SourceRepository(connection).insert(makeSource(QStringLiteral("hr")));
        TaskRepository tasks(connection);
        auto task = tasks.create(source->id, TaskOwner::current());
        QVERIFY(!tasks.start(task->id));
        QCOMPARE(tasks.start(task->id).kind(), StoreError::Kind::Conflict);
        QVERIFY(!tasks.progress(task->id, QStringLiteral("users"), 500));
        QCOMPARE(tasks.byId(task->id)->recordsDone, 500);
        QCOMPARE(*tasks.isCancelRequested(task->id), false);
        QVERIFY(!tasks.requestCancel(task->id));
        QCOMPARE(*tasks.isCancelRequested(task->id), true);
        const QJsonObject counts{
            {QStringLiteral("users"), QJsonObject{{QStringLiteral("created"), 3}}}};
        QVERIFY(!tasks.finish(task->id, TaskStatus::Cancelled,
                              QStringLiteral("Cancelled by the administrator"), 40, counts));
        auto done = tasks.byBatch(task->batch);
        QCOMPARE(done->status, TaskStatus::Cancelled);
        QCOMPARE(done->costMs, 40);
        QCOMPARE(done->counts, counts);
        QVERIFY(done->finishedAt.isValid());
        QCOMPARE(tasks.requestCancel(task->id).kind(), StoreError::Kind::Conflict);

        auto retried = tasks.beginRetry(task->id, TaskOwner::current());
        QVERIFY2(retried.ok(), qPrintable(retried.error().message()));
        QCOMPARE(retried->status, TaskStatus::Processing);
        QCOMPARE(retried->attempt, 2);
        QCOMPARE(retried->batch, task->batch);
        QCOMPARE(retried->cancelRequested, false);
        QVERIFY(retried->message.isEmpty());
        USERSYNC_VERIFY_OK(tasks.finish(task->id, TaskStatus::Success, {}, 10, {}));
        QCOMPARE(tasks.beginRetry(task->id, TaskOwner::current()).error().kind(),
                 StoreError::Kind::Conflict);
        QCOMPARE(tasks.byBatch(QStringLiteral("nope")).error().kind(), StoreError::Kind::NotFound);
    }

    void interruptedTasksAreRecovered_data() { USERSYNC_ENGINE_ROWS(); }
    void interruptedTasksAreRecovered()
    {
        USERSYNC_TEST_DATABASE(db);
        Connection connection(db.config());
        QVERIFY(!Migrator(connection).migrate());
        SourceRepository sources(connection);
        auto dead = sources.insert(makeSource(QStringLiteral("dead")));
        auto alive = sources.insert(makeSource(QStringLiteral("alive")));

        // An owner that really existed and is gone: a process we started and waited for.
        QProcess gone;
        gone.start(QStringLiteral("cat"));
        QVERIFY(gone.waitForStarted(10000));
        const qint64 gonePid = gone.processId();
        gone.closeWriteChannel();
        QVERIFY(gone.waitForFinished(10000));
        TaskOwner deadOwner{TaskOwner::current().host, gonePid, QStringLiteral("gone-instance")};
        TaskRepository tasks(connection);
        auto orphan = tasks.create(dead->id, deadOwner);
        QVERIFY(orphan.ok());
        QVERIFY(!tasks.start(orphan->id));
        auto mine = tasks.create(alive->id, TaskOwner::current());
        QVERIFY(!tasks.start(mine->id));

        auto recovered = tasks.recoverInterrupted();
        QVERIFY(recovered.ok());
        QCOMPARE(recovered->size(), 1);
        QCOMPARE(recovered->constFirst().id, orphan->id);
        auto after = tasks.byId(orphan->id);
        QCOMPARE(after->status, TaskStatus::Failed);
        QCOMPARE(after->message,
                 QStringLiteral("Interrupted: the application stopped during this sync"));
        QCOMPARE(tasks.byId(mine->id)->status, TaskStatus::Processing);
        QVERIFY(tasks.beginRetry(orphan->id, TaskOwner::current()).ok());
    }

    void recordsAndLinks_data() { USERSYNC_ENGINE_ROWS(); }
    void recordsAndLinks()
    {
        USERSYNC_TEST_DATABASE(db);
        Connection connection(db.config());
        QVERIFY(!Migrator(connection).migrate());
        RecordRepository records(connection);
        OriginRecord record;
        record.sourceName = QStringLiteral("hr");
        record.dataType = QStringLiteral("user");
        record.uid = QStringLiteral("u1");
        record.metaData = R"({"uid":"u1","nickname":"A"})";
        record.contentHash = "h1";
        auto id = records.upsert(record);
        QVERIFY2(id.ok(), qPrintable(id.error().message()));
        record.metaData = R"({"uid":"u1","nickname":"B"})";
        record.contentHash = "h2";
        auto again = records.upsert(record);
        QCOMPARE(*again, *id);
        auto stored =
            records.byIdentity(QStringLiteral("hr"), QStringLiteral("user"), QStringLiteral("u1"));
        QCOMPARE(stored->metaData, QByteArray(R"({"uid":"u1","nickname":"B"})"));
        QCOMPARE(stored->lastMetaData, QByteArray(R"({"uid":"u1","nickname":"A"})"));
        QCOMPARE(*records.count(QStringLiteral("hr")), 1);

        // The same uid under another source or type is another record.
        record.sourceName = QStringLiteral("ldap");
        QVERIFY(*records.upsert(record) != *id);
        QCOMPARE(*records.count(), 2);

        QVERIFY(!records.addLink(RecordLink{0, *id, QStringLiteral("users"), QStringLiteral("5")}));
        QVERIFY(!records.addLink(
            RecordLink{0, *id, QStringLiteral("users"), QStringLiteral("5")})); // idempotent
        QCOMPARE(records.links(*id)->size(), 1);
        QCOMPARE(
            records.linksTo(QStringLiteral("users"), QStringLiteral("5"))->constFirst().recordId,
            *id);
        QCOMPARE(
            records.addLink(RecordLink{0, 999999, QStringLiteral("users"), QStringLiteral("5")})
                .kind(),
            StoreError::Kind::MissingReference);
        QVERIFY(!records.removeLink(*id, QStringLiteral("users"), QStringLiteral("5")));
        QVERIFY(records.links(*id)->isEmpty());

        QStringList many;
        for (int i = 0; i < 1200; ++i) {
            OriginRecord bulk = record;
            bulk.sourceName = QStringLiteral("bulk");
            bulk.uid = QStringLiteral("b%1").arg(i);
            QVERIFY(records.upsert(bulk).ok());
            many << bulk.uid;
        }
        many << QStringLiteral("missing");
        QCOMPARE(records.byUids(QStringLiteral("bulk"), QStringLiteral("user"), many)->size(),
                 1200);
    }

    void taskResults_data() { USERSYNC_ENGINE_ROWS(); }
    void taskResults()
    {
        USERSYNC_TEST_DATABASE(db);
        Connection connection(db.config());
        QVERIFY(!Migrator(connection).migrate());
        auto source = SourceRepository(connection).insert(makeSource(QStringLiteral("hr")));
        auto task = TaskRepository(connection).create(source->id, TaskOwner::current());
        QList<TaskResult> results;
        for (int i = 0; i < 450; ++i) {
            TaskResult result;
            result.taskId = task->id;
            result.dataType = QStringLiteral("user");
            result.uid = QStringLiteral("u%1").arg(i);
            result.resource = QStringLiteral("users");
            result.action = i % 3 == 0 ? RecordAction::Failed : RecordAction::Created;
            result.message = i % 3 == 0 ? QStringLiteral("duplicate e-mail") : QString();
            if (i % 3 == 0)
                result.raw = R"({"uid":"x"})";
            results << result;
        }
        TaskResultRepository repository(connection);
        USERSYNC_VERIFY_OK(repository.insert(results));
        QCOMPARE(*repository.countForTask(task->id), 450);
        QCOMPARE(*repository.countForTask(task->id, 1, QStringLiteral("failed")), 150);
        auto failed = repository.forTask(task->id, 1, QStringLiteral("failed"), 10);
        QCOMPARE(failed->size(), 10);
        QCOMPARE(failed->constFirst().uid, QStringLiteral("u0"));
        QCOMPARE(failed->constFirst().raw, QByteArray(R"({"uid":"x"})"));
        QCOMPARE(failed->constFirst().message, QStringLiteral("duplicate e-mail"));
    }

    void departmentsAndMemberships_data() { USERSYNC_ENGINE_ROWS(); }
    void departmentsAndMemberships()
    {
        USERSYNC_TEST_DATABASE(db);
        Connection connection(db.config());
        QVERIFY(!Migrator(connection).migrate());
        DepartmentRepository departments(connection);
        Department root;
        root.title = QStringLiteral("Acme");
        auto acme = departments.insert(root);
        QVERIFY(acme.ok());
        QVERIFY(acme->isLeaf);
        Department child;
        child.title = QStringLiteral("研发部");
        child.parentId = acme->id;
        auto rnd = departments.insert(child);
        QVERIFY(rnd.ok());
        QCOMPARE(departments.byId(acme->id)->isLeaf, false);
        QCOMPARE(departments.children(acme->id)->size(), 1);
        QCOMPARE(departments.children(0)->size(), 1);

        Department orphan = *rnd;
        orphan.parentId = 123456;
        QCOMPARE(departments.update(orphan).kind(), StoreError::Kind::MissingReference);

        UserRepository users(connection);
        User bob;
        bob.username = QStringLiteral("bob");
        auto saved = users.insert(bob);
        MembershipRepository memberships(connection);
        USERSYNC_VERIFY_OK(
            memberships.save(Membership{saved->id, rnd->id, true, true, QStringLiteral("hr")}));
        QVERIFY(!memberships.save(Membership{saved->id, acme->id, false, false, {}}));
        // A second main department is refused by the schema.
        QCOMPARE(memberships.save(Membership{saved->id, acme->id, false, true, {}}).kind(),
                 StoreError::Kind::Duplicate);
        auto mine = memberships.forUser(saved->id);
        QCOMPARE(mine->size(), 2);
        QCOMPARE(*memberships.countForDepartment(rnd->id), 1);

        // Removing the child makes the parent a leaf again; memberships go with the department.
        QVERIFY(!departments.remove(rnd->id));
        QCOMPARE(departments.byId(acme->id)->isLeaf, true);
        QCOMPARE(memberships.forUser(saved->id)->size(), 1);
        QVERIFY(!users.remove(saved->id));
        QCOMPARE(count(connection, QStringLiteral("department_users")), 0);
    }

    void transactionRollsBack_data() { USERSYNC_ENGINE_ROWS(); }
    void transactionRollsBack()
    {
        USERSYNC_TEST_DATABASE(db);
        Connection connection(db.config());
        QVERIFY(!Migrator(connection).migrate());
        SourceRepository sources(connection);
        {
            Transaction transaction(connection);
            QVERIFY(!transaction.begin());
            QVERIFY(sources.insert(makeSource(QStringLiteral("a"))).ok());
            QVERIFY(!sources.insert(makeSource(QStringLiteral("a"))).ok());
        } // destroyed without commit
        QCOMPARE(count(connection, QStringLiteral("sync_sources")), 0);
        {
            Transaction transaction(connection);
            QVERIFY(!transaction.begin());
            QVERIFY(sources.insert(makeSource(QStringLiteral("b"))).ok());
            QVERIFY(!transaction.commit());
        }
        QCOMPARE(count(connection, QStringLiteral("sync_sources")), 1);
    }

    void connectionPerThread_data() { USERSYNC_ENGINE_ROWS(); }
    void connectionPerThread()
    {
        USERSYNC_TEST_DATABASE(db);
        {
            Connection setup(db.config());
            QVERIFY(!Migrator(setup).migrate());
        }
        const QStringList before = QSqlDatabase::connectionNames();
        std::atomic<int> failures{0};
        QStringList names;
        QMutex namesMutex;
        QList<QThread *> threads;
        for (int t = 0; t < 4; ++t) {
            threads << QThread::create([&, t]() {
                Connection connection(db.config());
                if (!connection.isOpen()) {
                    ++failures;
                    return;
                }
                {
                    QMutexLocker lock(&namesMutex);
                    names << connection.name();
                }
                SourceRepository sources(connection);
                for (int i = 0; i < 25; ++i) {
                    if (!sources.insert(makeSource(QStringLiteral("t%1-%2").arg(t).arg(i))).ok())
                        ++failures;
                }
            });
        }
        for (QThread *thread : threads)
            thread->start();
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        QCOMPARE(failures.load(), 0);
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), 4);
        QCOMPARE(QSqlDatabase::connectionNames(), before); // every connection was removed
        Connection check(db.config());
        QCOMPARE(count(check, QStringLiteral("sync_sources")), 100);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
