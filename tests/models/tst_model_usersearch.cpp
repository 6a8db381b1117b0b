// The users search index: it finds and orders exactly what the database finds, and once a task
// has changed the users the view asks the database again until the index is rebuilt.
#include "engineharness.h"
#include "models/userlistmodel.h"
#include "models/userquery.h"
#include "models/usersearchindex.h"
#include "testenv.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

class TestModelUserSearch : public QObject
{
    Q_OBJECT

private:
    static QJsonObject person(const QString &uid, const QString &nickname, const QString &username,
                              const QString &email, const QString &phone)
    {
        return QJsonObject{{QStringLiteral("uid"), uid},
                           {QStringLiteral("nickname"), nickname},
                           {QStringLiteral("username"), username},
                           {QStringLiteral("email"), email},
                           {QStringLiteral("phone"), phone}};
    }

    static bool push(EngineHarness &h, const QJsonArray &users)
    {
        const EngineHarness::Run run =
            h.push(QJsonObject{{QStringLiteral("dataType"), QStringLiteral("user")},
                               {QStringLiteral("records"), users}});
        return !run.refused && !run.timedOut && run.task.status == TaskStatus::Success;
    }

    // A sample directory plus people whose values test folding, empty values and ties.
    static bool seed(EngineHarness &h)
    {
        if (!h.addSource(QStringLiteral("hr"), QStringLiteral("sample"),
                         {{QStringLiteral("users"), 1500}, {QStringLiteral("departments"), 20}}))
            return false;
        const EngineHarness::Run run = h.sync(QStringLiteral("hr"));
        if (run.refused || run.timedOut || run.task.status != TaskStatus::Success)
            return false;
        return push(
            h,
            QJsonArray{
                person(QStringLiteral("p1"), QStringLiteral("Özlem Çelik"), QStringLiteral("ozlem"),
                       QStringLiteral("OZLEM@Example.COM"), QStringLiteral("+49 30 1234 0001")),
                person(QStringLiteral("p2"), QStringLiteral("ÖZLEM Aydın"), QString(), QString(),
                       QString()),
                person(QStringLiteral("p3"), QStringLiteral("MacDonald"), QStringLiteral("mac"),
                       QString(), QStringLiteral("+49 30 1234 0002")),
                person(QStringLiteral("p4"), QStringLiteral("macdonald"), QString(),
                       QStringLiteral("mac.d@example.com"), QString()),
                person(QStringLiteral("p5"), QString(), QStringLiteral("nameless"), QString(),
                       QString()),
            });
    }

    static QList<qint64> ids(const QList<DirectoryReader::UserEntry> &entries)
    {
        QList<qint64> result;
        for (const DirectoryReader::UserEntry &entry : entries)
            result << entry.user.id;
        return result;
    }

private slots:
    void matchesLikeTheDatabase_data() { USERSYNC_ENGINE_ROWS(); }
    void matchesLikeTheDatabase()
    {
        USERSYNC_ENGINE(h);
        QVERIFY(seed(h));
        auto built = UserSearchIndex::build(h.db());
        QVERIFY2(built, qPrintable(built.error().message()));
        const std::shared_ptr<const UserSearchIndex> index = *built;
        QCOMPARE(qint64(index->size()), h.count(QStringLiteral("users")));

        auto middle = UserQuery::page(h.db(), {}, UserQuery::Order::Id, false, 1, 750);
        QVERIFY(middle && middle->size() == 1);
        const User sampled = middle->constFirst().user;
        QVERIFY(sampled.username.size() > 4);
        const QStringList searches{
            sampled.username.mid(1, 4),       sampled.username.toUpper(),
            sampled.email.section(u'@', 1),   sampled.nickname.section(u' ', 0, 0),
            QStringLiteral("özlem"),          QStringLiteral("ÇEL"),
            QStringLiteral("+49 30"),         QStringLiteral("mac"),
            QStringLiteral("  MacDonald  "),  QStringLiteral("1"),
            QStringLiteral("no-such-person"),
        };
        const QList<UserQuery::Order> orders{UserQuery::Order::Id, UserQuery::Order::Nickname,
                                             UserQuery::Order::Username, UserQuery::Order::Email,
                                             UserQuery::Order::Phone};
        for (const QString &search : searches) {
            QVERIFY(UserSearchIndex::canAnswer(search));
            for (UserQuery::Order order : orders) {
                for (bool descending : {false, true}) {
                    const QString what =
                        QStringLiteral("“%1”, order %2%3")
                            .arg(search)
                            .arg(int(order))
                            .arg(descending ? QStringLiteral(" descending") : QString());
                    auto found = index->matches(h.db(), search, order, descending);
                    QVERIFY2(found, qPrintable(what));
                    auto expected = UserQuery::page(h.db(), search, order, descending, 100000, 0);
                    QVERIFY2(expected, qPrintable(what));
                    if (*found != ids(*expected))
                        QFAIL(qPrintable(what
                                         + QStringLiteral(": %1 found, %2 expected")
                                               .arg(found->size())
                                               .arg(expected->size())));
                }
            }
        }
        QVERIFY(!index->matches(h.db(), QStringLiteral("özlem"), UserQuery::Order::Id, false)
                     ->isEmpty());
        QVERIFY(!UserSearchIndex::canAnswer(QStringLiteral("   ")));
        QVERIFY(!UserSearchIndex::canAnswer(QStringLiteral("a\x1f"
                                                           "b")));
    }

    void stampFollowsTasks_data() { USERSYNC_ENGINE_ROWS(); }
    void stampFollowsTasks()
    {
        USERSYNC_ENGINE(h);
        QVERIFY(seed(h));
        auto before = UserSearchIndex::stamp(h.db());
        QVERIFY(before);
        QCOMPARE(before->running, qint64(0));
        QCOMPARE(*UserSearchIndex::stamp(h.db()), *before);
        // An unchanged re-sync writes no user, but it is a task: the stamp cannot tell.
        const EngineHarness::Run run = h.sync(QStringLiteral("hr"));
        QCOMPARE(run.task.status, TaskStatus::Success);
        auto after = UserSearchIndex::stamp(h.db());
        QVERIFY(after);
        QVERIFY(*after != *before);
        QCOMPARE(after->lastUserId, before->lastUserId);
    }

    void viewUsesTheIndexUntilUsersChange_data() { USERSYNC_ENGINE_ROWS(); }
    void viewUsesTheIndexUntilUsersChange()
    {
        USERSYNC_ENGINE(h);
        QVERIFY(seed(h));
        UserListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSearchIndexThreshold(0);
        model.setDatabase(h.database().config());
        QSignalSpy count(&model, &UserListModel::countChanged);
        QSignalSpy ready(&model, &UserListModel::searchIndexReady);
        model.setSearch({});
        QVERIFY(count.wait(20000));
        QVERIFY(!model.rowsFromSearchIndex());
        QVERIFY(ready.wait(20000)); // built at the first load: the threshold is 0

        // A search with many matches, paged through the index in the database's order.
        const QString many = QStringLiteral("e");
        model.setSearch(many);
        QVERIFY(count.wait(20000));
        QVERIFY(model.rowsFromSearchIndex());
        auto expected = UserQuery::page(h.db(), many, UserQuery::Order::Id, false, 100000, 0);
        QVERIFY(expected);
        QCOMPARE(model.totalCount(), qint64(expected->size()));
        QVERIFY(model.totalCount() > UserListModel::PageSize);
        const int last = int(model.totalCount()) - 1;
        model.index(last, 0).data();
        QVERIFY(QTest::qWaitFor([&]() { return model.isRowLoaded(last); }, 10000));
        QCOMPARE(model.entry(last)->user.id, expected->constLast().user.id);
        QVERIFY(!model.entry(last)->links.isEmpty()); // relations come with index pages too

        model.sort(UserListModel::Email, Qt::DescendingOrder);
        QVERIFY(count.wait(20000));
        QVERIFY(model.rowsFromSearchIndex());
        expected = UserQuery::page(h.db(), many, UserQuery::Order::Email, true, 10, 0);
        QCOMPARE(model.entry(0)->user.id, expected->constFirst().user.id);
        model.sort(UserListModel::Name, Qt::AscendingOrder);
        QVERIFY(count.wait(20000));

        const qint64 ozlems = *UserQuery::count(h.db(), QStringLiteral("ÖZLEM"));
        QVERIFY(ozlems >= 2); // the two pushed, and any of the sample's
        model.setSearch(QStringLiteral("ÖZLEM"));
        QVERIFY(count.wait(20000));
        QVERIFY(model.rowsFromSearchIndex());
        QCOMPARE(model.totalCount(), ozlems);

        // A push adds a match: the view asks the database, then the index is rebuilt.
        QVERIFY(push(h,
                     QJsonArray{person(QStringLiteral("p6"), QStringLiteral("Özlem Yılmaz"),
                                       QStringLiteral("oyilmaz"), QString(), QString())}));
        ready.clear();
        model.reload();
        QVERIFY(count.wait(20000));
        QVERIFY(!model.rowsFromSearchIndex());
        QCOMPARE(model.totalCount(), ozlems + 1);
        QVERIFY(ready.wait(20000));
        model.setSearch(QStringLiteral("özlem"));
        QVERIFY(count.wait(20000));
        QVERIFY(model.rowsFromSearchIndex());
        QCOMPARE(model.totalCount(), ozlems + 1);
        bool added = false;
        for (int row = 0; row <= ozlems; ++row)
            added = added || model.entry(row)->user.nickname == QStringLiteral("Özlem Yılmaz");
        QVERIFY(added);
    }

    // While a task runs the users may change at any moment: the database answers, and the
    // index is rebuilt only once the task has finished.
    void runningTaskSendsSearchesToTheDatabase_data() { USERSYNC_ENGINE_ROWS(); }
    void runningTaskSendsSearchesToTheDatabase()
    {
        USERSYNC_ENGINE(h);
        QVERIFY(seed(h));
        UserListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(h.database().config());
        QSignalSpy count(&model, &UserListModel::countChanged);
        QSignalSpy ready(&model, &UserListModel::searchIndexReady);
        model.setSearch(QStringLiteral("mac")); // below the threshold: the first search builds it
        QVERIFY(count.wait(20000));
        QVERIFY(!model.rowsFromSearchIndex());
        QVERIFY(ready.wait(20000));
        model.setSearch(QStringLiteral("macd"));
        QVERIFY(count.wait(20000));
        QVERIFY(model.rowsFromSearchIndex());

        // A task of another program, as the store shows it: processing.
        const QString now = Connection::nowText();
        QVERIFY(!h.db().exec(
            QStringLiteral("INSERT INTO sync_tasks (batch, source_id, status, created_at, "
                           "updated_at) SELECT 'elsewhere', id, 'processing', ?, ? "
                           "FROM sync_sources WHERE name = 'hr'"),
            {now, now}));
        ready.clear();
        model.setSearch(QStringLiteral("mac"));
        QVERIFY(count.wait(20000));
        QVERIFY(!model.rowsFromSearchIndex());
        QVERIFY(!model.isBuildingSearchIndex());
        QCOMPARE(model.totalCount(), *UserQuery::count(h.db(), QStringLiteral("mac")));

        QVERIFY(!h.db().exec(QStringLiteral("UPDATE sync_tasks SET status = 'success', "
                                            "finished_at = ? WHERE batch = 'elsewhere'"),
                             {Connection::nowText()}));
        model.reload();
        QVERIFY(count.wait(20000));
        QVERIFY(!model.rowsFromSearchIndex()); // the index was built before that task
        QVERIFY(ready.wait(20000));
        model.setSearch(QStringLiteral("macdonald"));
        QVERIFY(count.wait(20000));
        QVERIFY(model.rowsFromSearchIndex());
        QCOMPARE(model.totalCount(), *UserQuery::count(h.db(), QStringLiteral("macdonald")));
    }
};

QTEST_GUILESS_MAIN(TestModelUserSearch)
#include "tst_model_usersearch.moc"
