// UserListModel: windowed over the users, pages fetched in the background as rows are asked
// for, search, order, custom columns, and a reload that keeps what is shown.
#include "engineharness.h"
#include "models/backgroundjob.h"
#include "models/modelroles.h"
#include "models/userlistmodel.h"
#include "store/userrepository.h"
#include "testenv.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

class TestModelUsers : public QObject
{
    Q_OBJECT

private:
    static bool seed(EngineHarness &h, int users)
    {
        if (!h.addSource(QStringLiteral("hr"), QStringLiteral("sample"),
                         {{QStringLiteral("users"), users}, {QStringLiteral("departments"), 30}}))
            return false;
        const EngineHarness::Run run = h.sync(QStringLiteral("hr"));
        return !run.refused && !run.timedOut && run.task.status == TaskStatus::Success;
    }

    // Asks for every row of a page (as a view does when it paints) and waits for it.
    static bool loadRow(UserListModel &model, int row)
    {
        model.index(row, 0).data();
        return QTest::qWaitFor([&]() { return model.isRowLoaded(row); }, 10000);
    }

private slots:
    void windowedPages_data() { USERSYNC_ENGINE_ROWS(); }
    void windowedPages()
    {
        USERSYNC_ENGINE(h);
        QVERIFY(seed(h, 5000));
        UserListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(h.database().config());
        QSignalSpy count(&model, &UserListModel::countChanged);
        model.setSearch({});
        QVERIFY(count.wait(20000));
        QCOMPARE(model.totalCount(), 5000);
        QCOMPARE(model.rowCount(), 5000);
        // The first page comes with the count; the rest only when asked for.
        QVERIFY(model.isRowLoaded(0));
        QVERIFY(!model.isRowLoaded(4999));
        QCOMPARE(model.index(4999, UserListModel::Name).data(ModelRoles::Loading).toBool(), true);
        QVERIFY(loadRow(model, 4999));
        QVERIFY(!model.isRowLoaded(2500));
        const DirectoryReader::UserEntry *last = model.entry(4999);
        QVERIFY(last);
        QVERIFY(!last->departments.isEmpty());
        QCOMPARE(last->links.constFirst().source, QStringLiteral("hr"));
        QVERIFY(!model.index(4999, UserListModel::Departments).data().toString().isEmpty());
        QCOMPARE(model.index(4999, UserListModel::Sources).data().toString(), QStringLiteral("hr"));

        // Scrolling through many pages keeps the cache bounded.
        for (int row = 0; row < 5000; row += UserListModel::PageSize)
            model.index(row, 0).data();
        QTRY_VERIFY_WITH_TIMEOUT(model.pagesInFlight() == 0, 30000);
        QVERIFY(model.cachedPages() <= UserListModel::MaxCachedPages);
    }

    void searchAndOrder_data() { USERSYNC_ENGINE_ROWS(); }
    void searchAndOrder()
    {
        USERSYNC_ENGINE(h);
        QVERIFY(seed(h, 2000));
        UserListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(h.database().config());
        QSignalSpy count(&model, &UserListModel::countChanged);
        model.setSearch({});
        QVERIFY(count.wait(20000));
        const DirectoryReader::UserEntry first = *model.entry(0);
        const QString needle = first.user.username;
        const qint64 expected = *UserRepository(h.db()).count(needle);

        model.setSearch(needle);
        QVERIFY(count.wait(20000));
        QCOMPARE(model.totalCount(), expected);
        QVERIFY(model.rowCount() < 2000);
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(loadRow(model, row));
            const User &user = model.entry(row)->user;
            QVERIFY(user.username.contains(needle, Qt::CaseInsensitive)
                    || user.nickname.contains(needle, Qt::CaseInsensitive)
                    || user.email.contains(needle, Qt::CaseInsensitive)
                    || user.phone.contains(needle, Qt::CaseInsensitive));
        }
        model.setSearch(QStringLiteral("no-such-person-anywhere"));
        QVERIFY(count.wait(20000));
        QCOMPARE(model.rowCount(), 0);

        model.setSearch({});
        QVERIFY(count.wait(20000));
        model.sort(UserListModel::Username, Qt::DescendingOrder);
        QVERIFY(count.wait(20000));
        QVERIFY(loadRow(model, 1));
        QVERIFY(model.entry(0)->user.username.toLower() >= model.entry(1)->user.username.toLower());
    }

    void reloadKeepsRowsAndCustomColumns_data() { USERSYNC_ENGINE_ROWS(); }
    void reloadKeepsRowsAndCustomColumns()
    {
        USERSYNC_ENGINE(h);
        QVERIFY(seed(h, 500));
        // A user with custom fields, pushed by another source.
        const EngineHarness::Run push = h.push(QJsonObject{
            {QStringLiteral("dataType"), QStringLiteral("user")},
            {QStringLiteral("records"),
             QJsonArray{QJsonObject{{QStringLiteral("uid"), QStringLiteral("x1")},
                                    {QStringLiteral("nickname"), QStringLiteral("Zed Custom")},
                                    {QStringLiteral("employeeNo"), QStringLiteral("E-77")}}}}});
        QVERIFY(!push.refused);
        UserListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(h.database().config());
        QSignalSpy count(&model, &UserListModel::countChanged);
        model.setSearch(QStringLiteral("Zed Custom"));
        QVERIFY(count.wait(20000));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.knownCustomKeys().contains(QStringLiteral("employeeNo")));
        model.setCustomColumns({QStringLiteral("employeeNo")});
        QCOMPARE(model.columnCount(), UserListModel::FixedColumnCount + 1);
        QCOMPARE(model.headerData(UserListModel::FixedColumnCount, Qt::Horizontal).toString(),
                 QStringLiteral("employeeNo"));
        QCOMPARE(model.index(0, UserListModel::FixedColumnCount).data().toString(),
                 QStringLiteral("E-77"));
        model.setCustomColumns({});
        QCOMPARE(model.columnCount(), int(UserListModel::FixedColumnCount));

        model.setSearch({});
        QVERIFY(count.wait(20000));
        QCOMPARE(model.rowCount(), 501);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(!h.push(QJsonObject{{QStringLiteral("dataType"), QStringLiteral("user")},
                                    {QStringLiteral("records"),
                                     QJsonArray{QJsonObject{
                                         {QStringLiteral("uid"), QStringLiteral("x2")},
                                         {QStringLiteral("nickname"), QStringLiteral("New")}}}}})
                     .refused);
        model.reload();
        QVERIFY(count.wait(20000));
        QCOMPARE(model.rowCount(), 502);
        QCOMPARE(reset.size(), 0); // grown at the end, rows shown stay
        QCOMPARE(inserted.size(), 1);
        // Reading the new rows still works while the old page is being refreshed.
        QVERIFY(loadRow(model, 501));
    }
};

QTEST_GUILESS_MAIN(TestModelUsers)
#include "tst_model_users.moc"
