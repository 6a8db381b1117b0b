// SourceListModel: loads in the background, follows the TaskRunner live, merges reloads.
#include "engineharness.h"
#include "models/modelroles.h"
#include "models/sourcelistmodel.h"
#include "store/sourcerepository.h"
#include "sync/sourceregistry.h"
#include "sync/taskrunner.h"
#include "testenv.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

class TestModelSources : public QObject
{
    Q_OBJECT

private slots:
    void loadsAndFollowsASync_data() { USERSYNC_ENGINE_ROWS(); }
    void loadsAndFollowsASync()
    {
        USERSYNC_ENGINE(h);
        QVERIFY(h.addSource(QStringLiteral("hr"), QStringLiteral("sample"),
                            {{QStringLiteral("users"), 3000}, {QStringLiteral("pageSize"), 200}}));
        QVERIFY(h.addSource(QStringLiteral("off"), QStringLiteral("sample"), {}, false));
        QVERIFY(h.addSource(QStringLiteral("push"), QStringLiteral("api"), {}));
        auto types = SourceRegistry::withBuiltins();
        SourceListModel model(types.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(h.database().config());
        model.setRunner(&h.runner());
        QSignalSpy loaded(&model, &SourceListModel::loaded);
        model.reload();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 3);

        const int hr = model.rowOfName(QStringLiteral("hr"));
        const int off = model.rowOfName(QStringLiteral("off"));
        const int push = model.rowOfName(QStringLiteral("push"));
        QCOMPARE(model.index(hr, SourceListModel::Type).data().toString(),
                 QStringLiteral("Sample directory"));
        QCOMPARE(model.index(off, SourceListModel::Enabled).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Unchecked));
        // Sync and Tasks only for enabled sources; no Sync for a push-only type.
        QCOMPARE(model.index(hr, 0).data(ModelRoles::Actions).toStringList(),
                 (QStringList{QStringLiteral("sync"), QStringLiteral("tasks"),
                              QStringLiteral("configure"), QStringLiteral("delete")}));
        QCOMPARE(model.index(off, 0).data(ModelRoles::Actions).toStringList(),
                 (QStringList{QStringLiteral("configure"), QStringLiteral("delete")}));
        QCOMPARE(model.index(push, 0).data(ModelRoles::Actions).toStringList(),
                 (QStringList{QStringLiteral("tasks"), QStringLiteral("configure"),
                              QStringLiteral("delete")}));
        QCOMPARE(model.index(hr, SourceListModel::LastRun).data().toString(),
                 QStringLiteral("Never synced"));

        // Live: progress while it runs, Cancel offered instead of Sync, the end without reload.
        bool sawProgress = false;
        bool sawCancel = false;
        connect(&model, &QAbstractItemModel::dataChanged, this, [&]() {
            const QModelIndex index = model.index(hr, SourceListModel::LastRun);
            if (index.data(ModelRoles::Running).toBool()
                && index.data(ModelRoles::RecordsDone).toLongLong() > 0
                && index.data(ModelRoles::RecordsExpected).toLongLong() > 0)
                sawProgress = true;
            if (model.index(hr, 0)
                    .data(ModelRoles::Actions)
                    .toStringList()
                    .contains(QStringLiteral("cancel")))
                sawCancel = true;
        });
        QSignalSpy finished(&h.runner(), &TaskRunner::finished);
        h.runner().start(TaskRequest::sync(QStringLiteral("hr")));
        QVERIFY(finished.wait(60000));
        QVERIFY(sawProgress);
        QVERIFY(sawCancel);
        const QModelIndex lastRun = model.index(hr, SourceListModel::LastRun);
        QCOMPARE(lastRun.data(ModelRoles::Status).toString(), QStringLiteral("success"));
        QVERIFY(!lastRun.data(ModelRoles::Running).toBool());
        QVERIFY2(lastRun.data(ModelRoles::Detail).toString().contains(QStringLiteral("created")),
                 qPrintable(lastRun.data(ModelRoles::Detail).toString()));
        QVERIFY(model.index(hr, 0)
                    .data(ModelRoles::Actions)
                    .toStringList()
                    .contains(QStringLiteral("sync")));
        QVERIFY(model.runningRows().isEmpty());
    }

    void reloadKeepsRowsAndPicksUpChanges_data() { USERSYNC_ENGINE_ROWS(); }
    void reloadKeepsRowsAndPicksUpChanges()
    {
        USERSYNC_ENGINE(h);
        QVERIFY(h.addSource(QStringLiteral("a"), QStringLiteral("sample"), {}));
        QVERIFY(h.addSource(QStringLiteral("b"), QStringLiteral("sample"), {}));
        auto types = SourceRegistry::withBuiltins();
        SourceListModel model(types.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(h.database().config());
        QSignalSpy loaded(&model, &SourceListModel::loaded);
        model.reload();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 2);
        const QPersistentModelIndex b(model.index(model.rowOfName(QStringLiteral("b")), 0));

        // Another process adds a source, removes one and runs a sync.
        QVERIFY(h.addSource(QStringLiteral("c"), QStringLiteral("sample"), {}));
        SourceRepository sources(h.db());
        QVERIFY(!sources.remove(sources.byName(QStringLiteral("a"))->id));
        QVERIFY(!h.sync(QStringLiteral("b")).refused);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.reload();
        model.reload(); // a second request while loading runs once more, never in parallel
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 3, 10000);
        QCOMPARE(reset.size(), 0); // rows moved in place, no reset
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(b.isValid());
        QCOMPARE(b.data().toString(), QStringLiteral("b"));
        QCOMPARE(model.index(b.row(), SourceListModel::LastRun).data(ModelRoles::Status).toString(),
                 QStringLiteral("success"));
        QVERIFY(model.rowOfName(QStringLiteral("c")) >= 0);
        QCOMPARE(model.rowOfName(QStringLiteral("a")), -1);
    }

    void unavailableStoreSaysWhy()
    {
        auto types = SourceRegistry::withBuiltins();
        SourceListModel model(types.get());
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        model.setDatabase(DatabaseConfig::sqlite(dir.filePath(QStringLiteral("file/x/db.sqlite"))));
        QSignalSpy failed(&model, &SourceListModel::loadFailed);
        model.reload();
        QVERIFY(failed.wait(10000));
        QVERIFY(!failed.constFirst().constFirst().toString().isEmpty());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestModelSources)
#include "tst_model_sources.moc"
