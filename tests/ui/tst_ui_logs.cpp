// The log viewer: filters to one batch (system log and raw records) and opens from a task.
#include "logs/logentry.h"
#include "logs/logspage.h"
#include "logs/systemlog.h"
#include "models/logmodel.h"
#include "sources/sourcespage.h"
#include "store/sourcerepository.h"
#include "sync/taskrunner.h"
#include "testenv.h"
#include "uitest.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QtTest>

class TestUiLogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("UserSyncTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_logs"));
    }

    void filtersToOneBatch()
    {
        UiTest::Window w(QStringLiteral("sqlite"));
        QVERIFY(w.opened);
        MainWindow &window = *w.window;
        // The application's log goes to this data folder, as main() arranges it.
        SystemLog::install(window.context()->dataDir.systemLogDir(), false);
        {
            Connection db(window.context()->database);
            SourceRepository sources(db);
            for (const QString &name : {QStringLiteral("a"), QStringLiteral("b")}) {
                SyncSource source;
                source.name = name;
                source.sourceType = QStringLiteral("sample");
                source.enabled = true;
                source.options = {{QStringLiteral("users"), 50}};
                QVERIFY(sources.insert(source));
            }
        }
        window.sourceModel()->reload();
        QTRY_COMPARE_WITH_TIMEOUT(window.sourceModel()->rowCount(), 2, 10000);
        QSignalSpy finished(window.runner(), &TaskRunner::finished);
        window.sourcesPage()->sync(QStringLiteral("a"));
        QVERIFY(finished.wait(30000));
        window.sourcesPage()->sync(QStringLiteral("b"));
        QVERIFY(finished.wait(30000));
        const QString batchA = finished.at(0).at(1).value<SyncTask>().batch;
        const QString batchB = finished.at(1).at(1).value<SyncTask>().batch;

        window.showPage(MainWindow::Page::Logs);
        LogsPage *logs = window.logsPage();
        LogModel *model = logs->model();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() > 0, 10000);
        bool sawA = false;
        bool sawB = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            sawA = sawA || model->line(row).batch == batchA;
            sawB = sawB || model->line(row).batch == batchB;
        }
        QVERIFY(sawA && sawB);

        // Type the batch and press Enter: only its lines are left.
        QLineEdit *batch = logs->batchField();
        batch->setFocus();
        QTest::keyClicks(batch, batchA);
        QTest::keyClick(batch, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->filter().batch == batchA, 10000);
        QVERIFY(model->rowCount() >= 2); // started, finished
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->line(row).batch, batchA);

        // The raw records of that batch: what the sample sent.
        QComboBox *kind = logs->kindFilter();
        kind->setCurrentIndex(kind->findData(LogEntry::Raw));
        emit kind->activated(kind->currentIndex());
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->filter().kind == LogEntry::Raw,
                                 10000);
        QVERIFY(model->rowCount() >= 1);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->line(row).batch, batchA);
        logs->view()->setCurrentIndex(model->index(0, 0));
        auto *details = logs->findChild<QPlainTextEdit *>(QStringLiteral("logDetails"));
        QTRY_VERIFY_WITH_TIMEOUT(details->toPlainText().contains(QStringLiteral("\"records\"")),
                                 10000);

        // From a task: "show in the log viewer" sets the batch on the system log.
        window.showPage(MainWindow::Page::Sources);
        window.showLogsForBatch(batchB);
        QCOMPARE(window.currentPage(), MainWindow::Page::Logs);
        QCOMPARE(batch->text(), batchB);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->filter().batch == batchB
                                     && model->filter().kind == LogEntry::System,
                                 10000);
        QVERIFY(model->rowCount() >= 2);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->line(row).batch, batchB);
        SystemLog::uninstall();
    }
};

QTEST_MAIN(TestUiLogs)
#include "tst_ui_logs.moc"
