// TaskListModel: newest first, live while a task runs, Retry updates the same row, fetchMore.
#include "engineharness.h"
#include "models/modelroles.h"
#include "models/tasklistmodel.h"
#include "store/sourcerepository.h"
#include "sync/taskrunner.h"
#include "testenv.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

class TestModelTasks : public QObject
{
    Q_OBJECT

private:
    static qint64 sourceId(EngineHarness &h, const QString &name)
    {
        auto source = SourceRepository(h.db()).byName(name);
        return source ? source->id : 0;
    }

private slots:
    void followsRunsAndRetries_data() { USERSYNC_ENGINE_ROWS(); }
    void followsRunsAndRetries()
    {
        USERSYNC_ENGINE(h);
        QVERIFY(h.addSource(QStringLiteral("flaky"), QStringLiteral("sample"),
                            {{QStringLiteral("users"), 400},
                             {QStringLiteral("pageSize"), 50},
                             {QStringLiteral("failAfter"), 200},
                             {QStringLiteral("failTimes"), 1}}));
        TaskListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(h.database().config());
        model.setRunner(&h.runner());
        QSignalSpy loaded(&model, &TaskListModel::loaded);
        model.setSource(sourceId(h, QStringLiteral("flaky")), QStringLiteral("flaky"));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 0);

        // The run appears on top as soon as it starts and ends failed.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy finished(&h.runner(), &TaskRunner::finished);
        h.runner().start(TaskRequest::sync(QStringLiteral("flaky")));
        QVERIFY(inserted.wait(20000));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(finished.size() == 1 || finished.wait(60000));
        QCOMPARE(model.index(0, 0).data(ModelRoles::Status).toString(), QStringLiteral("failed"));
        QVERIFY(model.index(0, TaskListModel::Message)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Simulated failure")));
        QCOMPARE(model.index(0, 0).data(ModelRoles::Actions).toStringList(),
                 (QStringList{QStringLiteral("details"), QStringLiteral("retry")}));
        const QString batch = model.task(0).batch;

        // Retry: the same row, attempt 2, success.
        finished.clear();
        h.runner().start(TaskRequest::retry(batch));
        QVERIFY(finished.wait(60000));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.task(0).batch, batch);
        QCOMPARE(model.index(0, TaskListModel::Attempt).data().toInt(), 2);
        QCOMPARE(model.index(0, TaskListModel::Status).data().toString(),
                 QStringLiteral("Success"));
        QCOMPARE(model.index(0, 0).data(ModelRoles::Actions).toStringList(),
                 QStringList{QStringLiteral("details")});
        QVERIFY(model.index(0, TaskListModel::Created).data(ModelRoles::Sort).toLongLong() > 0);
        QVERIFY(!model.index(0, TaskListModel::Duration).data().toString().isEmpty());

        // A reload agrees with what was followed live and does not reset.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.reload();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.index(0, TaskListModel::Attempt).data().toInt(), 2);
    }

    void pagesOlderTasks_data() { USERSYNC_ENGINE_ROWS(); }
    void pagesOlderTasks()
    {
        USERSYNC_ENGINE(h);
        QVERIFY(h.addSource(QStringLiteral("tiny"), QStringLiteral("sample"),
                            {{QStringLiteral("users"), 1}, {QStringLiteral("departments"), 1}}));
        const int runs = TaskListModel::PageSize + 7;
        for (int i = 0; i < runs; ++i)
            QVERIFY(!h.sync(QStringLiteral("tiny")).refused);
        TaskListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(h.database().config());
        QSignalSpy loaded(&model, &TaskListModel::loaded);
        model.setSource(sourceId(h, QStringLiteral("tiny")), QStringLiteral("tiny"));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), TaskListModel::PageSize);
        QCOMPARE(model.totalCount(), runs);
        QVERIFY(model.canFetchMore({}));
        // Newest first.
        QVERIFY(model.task(0).id > model.task(1).id);
        model.fetchMore({});
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), runs, 10000);
        QVERIFY(!model.canFetchMore({}));
    }
};

QTEST_GUILESS_MAIN(TestModelTasks)
#include "tst_model_tasks.moc"
