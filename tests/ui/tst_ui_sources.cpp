// Clicking through the Sources page: add a sample source from the empty state, Sync it and
// watch the row's progress finish, open Tasks and see Success; make a source fail and Retry it
// to Success; Configure validates; a disabled source has no Sync or Tasks; Delete confirms.
#include "mainwindow/runningtasksindicator.h"
#include "models/sourcelistmodel.h"
#include "models/tasklistmodel.h"
#include "models/taskresultmodel.h"
#include "sources/optionform.h"
#include "sources/sourcedialog.h"
#include "sources/sourcespage.h"
#include "sync/taskrunner.h"
#include "tasks/taskchart.h"
#include "tasks/taskdetailsdialog.h"
#include "tasks/taskspanel.h"
#include "testenv.h"
#include "uitest.h"
#include "widgets/emptystate.h"
#include "widgets/messagebanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QtTest>

class TestUiSources : public QObject
{
    Q_OBJECT

private:
    // Fills and saves the Add dialog the empty state opened; returns the new row.
    static int addSample(MainWindow &window, const QString &name,
                         const QHash<QString, int> &options, bool enabled = true)
    {
        SourcesPage *page = window.sourcesPage();
        SourceDialog *dialog = page->openAdd(QStringLiteral("sample"));
        if (!dialog)
            return -1;
        dialog->findChild<QLineEdit *>(QStringLiteral("sourceName"))->setText(name);
        dialog->findChild<QCheckBox *>(QStringLiteral("sourceEnabled"))->setChecked(enabled);
        for (auto it = options.constBegin(); it != options.constEnd(); ++it)
            qobject_cast<QSpinBox *>(dialog->form()->editor(it.key()))->setValue(it.value());
        QSignalSpy saved(dialog, &SourceDialog::saved);
        QPushButton *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QTest::mouseClick(save, Qt::LeftButton);
        if (!saved.wait(10000))
            return -1;
        SourceListModel *model = window.sourceModel();
        if (!QTest::qWaitFor([&]() { return model->rowOfName(name) >= 0; }, 10000))
            return -1;
        return model->rowOfName(name);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("UserSyncTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_sources"));
    }

    void addSyncAndSeeTheTask_data() { USERSYNC_ENGINE_ROWS(); }
    void addSyncAndSeeTheTask()
    {
        USERSYNC_WINDOW(w);
        MainWindow &window = *w.window;
        SourcesPage *page = window.sourcesPage();
        SourceListModel *model = window.sourceModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->isLoaded(), 10000);

        // First run: the empty state offers the sample directory.
        auto *empty = page->findChild<EmptyState *>(QStringLiteral("sourcesEmptyState"));
        QVERIFY(empty && empty->isVisible());
        auto *offer = empty->findChild<QPushButton *>(QStringLiteral("addSampleButton"));
        QTest::mouseClick(offer, Qt::LeftButton);
        SourceDialog *dialog = UiTest::waitForChild<SourceDialog>(page);
        QVERIFY(dialog);
        QVERIFY(dialog->isAdding());
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("sourceName"))->text(),
                 QStringLiteral("sample"));
        QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("sourceEnabled"))->isChecked());
        // A bigger organisation, small pages: the progress has something to show.
        qobject_cast<QSpinBox *>(dialog->form()->editor(QStringLiteral("users")))->setValue(3000);
        qobject_cast<QSpinBox *>(dialog->form()->editor(QStringLiteral("pageSize")))->setValue(100);
        QSignalSpy saved(dialog, &SourceDialog::saved);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
        QTRY_VERIFY(!empty->isVisible());

        // Sync from the row's button; the row shows progress, offers Cancel, then the result.
        bool sawProgress = false;
        bool sawCancel = false;
        bool sawStatusBar = false;
        auto *indicator = window.findChild<RunningTasksIndicator *>();
        QVERIFY(indicator && !indicator->isVisible());
        connect(model, &QAbstractItemModel::dataChanged, this, [&]() {
            if (model->rowCount() == 0)
                return;
            if (indicator->isVisible() && indicator->text().contains(QStringLiteral("Syncing")))
                sawStatusBar = true;
            const QModelIndex lastRun = model->index(0, SourceListModel::LastRun);
            if (lastRun.data(ModelRoles::Running).toBool()
                && lastRun.data(ModelRoles::RecordsDone).toLongLong() > 0)
                sawProgress = true;
            if (model->index(0, 0)
                    .data(ModelRoles::Actions)
                    .toStringList()
                    .contains(QStringLiteral("cancel")))
                sawCancel = true;
        });
        QSignalSpy finished(window.runner(), &TaskRunner::finished);
        QVERIFY(UiTest::clickRowAction(page->view(), page->actionsDelegate(), 0,
                                       SourceListModel::Actions, QStringLiteral("sync")));
        QVERIFY(finished.wait(60000));
        QVERIFY(sawProgress);
        QVERIFY(sawCancel);
        QVERIFY(sawStatusBar); // the status bar showed the running task
        QTRY_VERIFY(!indicator->isVisible());
        const QModelIndex lastRun = model->index(0, SourceListModel::LastRun);
        QCOMPARE(lastRun.data(ModelRoles::Status).toString(), QStringLiteral("success"));
        QVERIFY(!lastRun.data(ModelRoles::Running).toBool());
        QVERIFY(model->index(0, 0)
                    .data(ModelRoles::Actions)
                    .toStringList()
                    .contains(QStringLiteral("sync")));

        // Tasks: the new task, Success, newest first, with the chart drawn.
        QVERIFY(UiTest::clickRowAction(page->view(), page->actionsDelegate(), 0,
                                       SourceListModel::Actions, QStringLiteral("tasks")));
        TasksPanel *tasks = page->tasksPanel();
        QTRY_VERIFY(tasks->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(tasks->model()->rowCount(), 1, 10000);
        QCOMPARE(tasks->model()->index(0, TaskListModel::Status).data().toString(),
                 QStringLiteral("Success"));
        QCOMPARE(tasks->model()->task(0).sourceName, QStringLiteral("sample"));
        QTRY_COMPARE_WITH_TIMEOUT(tasks->chart()->runCount(), 1, 5000);

        // Details: per-record outcomes, filtered to "created".
        QVERIFY(UiTest::clickRowAction(tasks->view(), tasks->actionsDelegate(), 0,
                                       TaskListModel::Actions, QStringLiteral("details")));
        auto *details = UiTest::waitForChild<TaskDetailsDialog>(&window);
        QVERIFY(details);
        QTRY_VERIFY_WITH_TIMEOUT(details->model()->rowCount() > 0, 10000);
        details->setActionFilter(QStringLiteral("created"));
        QTRY_VERIFY_WITH_TIMEOUT(details->model()->rowCount() > 0, 10000);
        QCOMPARE(details->model()->index(0, 0).data(ModelRoles::Action).toString(),
                 QStringLiteral("created"));
        QTRY_VERIFY_WITH_TIMEOUT(
            !details->recordView()->toPlainText().contains(QStringLiteral("Loading")), 10000);
        QVERIFY(details->recordView()->toPlainText().contains(QStringLiteral("\"uid\"")));
        // Its link opens the log viewer on this batch.
        auto *link = details->findChild<QLabel *>(QStringLiteral("logsLink"));
        emit link->linkActivated(QStringLiteral("#logs"));
        QCOMPARE(window.currentPage(), MainWindow::Page::Logs);
        details->close();
    }

    void retryAFailedSource_data() { USERSYNC_ENGINE_ROWS(); }
    void retryAFailedSource()
    {
        USERSYNC_WINDOW(w);
        MainWindow &window = *w.window;
        SourcesPage *page = window.sourcesPage();
        const int row = addSample(window, QStringLiteral("flaky"),
                                  {{QStringLiteral("users"), 500},
                                   {QStringLiteral("pageSize"), 50},
                                   {QStringLiteral("failAfter"), 200},
                                   {QStringLiteral("failTimes"), 1}});
        QVERIFY(row >= 0);
        QSignalSpy finished(window.runner(), &TaskRunner::finished);
        QVERIFY(UiTest::clickRowAction(page->view(), page->actionsDelegate(), row,
                                       SourceListModel::Actions, QStringLiteral("sync")));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.constLast().at(1).value<SyncTask>().status, TaskStatus::Failed);
        QCOMPARE(window.sourceModel()
                     ->index(row, SourceListModel::LastRun)
                     .data(ModelRoles::Status)
                     .toString(),
                 QStringLiteral("failed"));

        page->openTasks(QStringLiteral("flaky"));
        TasksPanel *tasks = page->tasksPanel();
        QTRY_COMPARE_WITH_TIMEOUT(tasks->model()->rowCount(), 1, 10000);
        QCOMPARE(tasks->model()->index(0, TaskListModel::Status).data().toString(),
                 QStringLiteral("Failed"));
        auto *retryButton = tasks->findChild<QToolButton *>(QStringLiteral("retryButton"));
        QTRY_VERIFY(retryButton->isEnabled());
        QVERIFY(tasks->findChild<QLabel *>(QStringLiteral("taskMessage"))
                    ->text()
                    .contains(QStringLiteral("Simulated failure")));

        finished.clear();
        QVERIFY(UiTest::clickRowAction(tasks->view(), tasks->actionsDelegate(), 0,
                                       TaskListModel::Actions, QStringLiteral("retry")));
        QVERIFY(finished.wait(60000));
        QTRY_COMPARE_WITH_TIMEOUT(tasks->model()->index(0, TaskListModel::Status).data().toString(),
                                  QStringLiteral("Success"), 5000);
        QCOMPARE(tasks->model()->rowCount(), 1); // same batch, next attempt
        QCOMPARE(tasks->model()->index(0, TaskListModel::Attempt).data().toInt(), 2);
        QVERIFY(!retryButton->isEnabled());
        QCOMPARE(window.sourceModel()
                     ->index(row, SourceListModel::LastRun)
                     .data(ModelRoles::Status)
                     .toString(),
                 QStringLiteral("success"));
    }

    void disabledSourceHasNoSyncOrTasks()
    {
        UiTest::Window w(QStringLiteral("sqlite"));
        QVERIFY(w.opened);
        MainWindow &window = *w.window;
        SourcesPage *page = window.sourcesPage();
        const int row = addSample(window, QStringLiteral("later"), {}, false);
        QVERIFY(row >= 0);
        const QStringList actions =
            window.sourceModel()->index(row, 0).data(ModelRoles::Actions).toStringList();
        QCOMPARE(actions, (QStringList{QStringLiteral("configure"), QStringLiteral("delete")}));
        QVERIFY(!UiTest::clickRowAction(page->view(), page->actionsDelegate(), row,
                                        SourceListModel::Actions, QStringLiteral("sync")));
        QVERIFY(!UiTest::clickRowAction(page->view(), page->actionsDelegate(), row,
                                        SourceListModel::Actions, QStringLiteral("tasks")));
        page->view()->setCurrentIndex(window.sourceModel()->index(row, 0));
        const QList<QAction *> menu = page->actions();
        const auto byText = [&](const QString &prefix) {
            for (QAction *action : menu) {
                if (action->text().remove(QLatin1Char('&')).startsWith(prefix))
                    return action;
            }
            return static_cast<QAction *>(nullptr);
        };
        QVERIFY(!byText(QStringLiteral("Sync"))->isEnabled());
        QVERIFY(!byText(QStringLiteral("Tasks"))->isEnabled());
        QVERIFY(byText(QStringLiteral("Configure"))->isEnabled());
        // Enter on a disabled source opens Configure, not Tasks.
        page->view()->setFocus();
        QTest::keyClick(page->view(), Qt::Key_Return);
        SourceDialog *dialog = UiTest::waitForChild<SourceDialog>(page);
        QVERIFY(dialog);
        QVERIFY(!dialog->isAdding());
        QVERIFY(!page->tasksPanel()->isVisible());
        // Enabling it in Configure brings Sync and Tasks.
        dialog->findChild<QCheckBox *>(QStringLiteral("sourceEnabled"))->setChecked(true);
        QSignalSpy saved(dialog, &SourceDialog::saved);
        dialog->save();
        QVERIFY(saved.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(window.sourceModel()
                                     ->index(row, 0)
                                     .data(ModelRoles::Actions)
                                     .toStringList()
                                     .contains(QStringLiteral("sync")),
                                 10000);
    }

    void configureValidates()
    {
        MainWindow::Options options;
        options.pluginFolders = {QStringLiteral(USERSYNC_PLUGIN_DIR)};
        UiTest::Window w(QStringLiteral("sqlite"), options);
        QVERIFY(w.opened);
        SourcesPage *page = w.window->sourcesPage();
        // The example plugin's type has a required file.
        QVERIFY(page->addMenu()->findChild<QAction *>(QStringLiteral("add_jsonfile")));
        SourceDialog *dialog = page->openAdd(QStringLiteral("jsonfile"));
        QVERIFY(dialog);
        QSignalSpy saved(dialog, &SourceDialog::saved);
        dialog->findChild<QLineEdit *>(QStringLiteral("sourceName"))
            ->setText(QStringLiteral("file"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        QVERIFY2(dialog->errorText().contains(QStringLiteral("“File” is required")),
                 qPrintable(dialog->errorText()));
        auto *fieldError = dialog->findChild<QLabel *>(QStringLiteral("error_path"));
        QVERIFY(fieldError->isVisible());
        QCOMPARE(dialog->focusWidget(), dialog->form()->editor(QStringLiteral("path")));
        QVERIFY(dialog->isVisible());
        QCOMPARE(saved.size(), 0);

        // No name: refused too.
        qobject_cast<QLineEdit *>(dialog->form()->editor(QStringLiteral("path")))
            ->setText(QStringLiteral("/tmp/users.json"));
        dialog->findChild<QLineEdit *>(QStringLiteral("sourceName"))->clear();
        QVERIFY(!dialog->validate());
        QVERIFY(dialog->errorText().contains(QStringLiteral("Source name")));
        dialog->findChild<QLineEdit *>(QStringLiteral("sourceName"))
            ->setText(QStringLiteral("file"));
        QVERIFY(dialog->validate());
        dialog->save();
        QVERIFY(saved.wait(10000));

        // A duplicate name is refused by the store and said so; the dialog stays.
        SourceDialog *again = page->openAdd(QStringLiteral("jsonfile"));
        again->findChild<QLineEdit *>(QStringLiteral("sourceName"))
            ->setText(QStringLiteral("file"));
        qobject_cast<QLineEdit *>(again->form()->editor(QStringLiteral("path")))
            ->setText(QStringLiteral("/tmp/other.json"));
        again->save();
        QTRY_VERIFY_WITH_TIMEOUT(again->errorText().contains(QStringLiteral("already")), 10000);
        QVERIFY(again->isVisible());
        again->close();
    }

    void secretsGoToTheKeyringOrNowhere()
    {
        UiTest::Window w(QStringLiteral("sqlite"));
        QVERIFY(w.opened);
        SourcesPage *page = w.window->sourcesPage();
        SourceDialog *dialog = page->openAdd(QStringLiteral("sample"), QStringLiteral("vault"));
        qobject_cast<QLineEdit *>(dialog->form()->editor(QStringLiteral("password")))
            ->setText(QStringLiteral("s3cret"));
        QSignalSpy saved(dialog, &SourceDialog::saved);
        dialog->save();
        QVERIFY(saved.wait(10000));
        QCOMPARE(w.secrets.entries().value(SecretStore::sourceSecretKey(
                     QStringLiteral("vault"), QStringLiteral("password"))),
                 QByteArray("s3cret"));

        // Configure shows it as stored, never the value.
        QTRY_VERIFY_WITH_TIMEOUT(w.window->sourceModel()->rowOfName(QStringLiteral("vault")) >= 0,
                                 10000);
        SourceDialog *configure = page->openConfigure(QStringLiteral("vault"));
        QTRY_COMPARE_WITH_TIMEOUT(configure->form()->secretState(QStringLiteral("password")),
                                  OptionForm::SecretState::Stored, 5000);
        QVERIFY(qobject_cast<QLineEdit *>(configure->form()->editor(QStringLiteral("password")))
                    ->text()
                    .isEmpty());
        configure->close();

        // No keyring: the dialog says so and does not pretend to save a secret.
        w.secrets.setUnavailable(true);
        SourceDialog *blocked =
            page->openAdd(QStringLiteral("sample"), QStringLiteral("nokeyring"));
        QTRY_COMPARE_WITH_TIMEOUT(blocked->form()->secretState(QStringLiteral("password")),
                                  OptionForm::SecretState::Unavailable, 5000);
        QVERIFY(blocked->errorText().contains(QStringLiteral("No keyring is reachable")));
        qobject_cast<QLineEdit *>(blocked->form()->editor(QStringLiteral("password")))
            ->setText(QStringLiteral("x"));
        QSignalSpy blockedSaved(blocked, &SourceDialog::saved);
        blocked->save();
        QVERIFY(blocked->errorText().contains(QStringLiteral("no keyring is reachable")));
        QTest::qWait(200);
        QCOMPARE(blockedSaved.size(), 0);
        QCOMPARE(w.window->sourceModel()->rowOfName(QStringLiteral("nokeyring")), -1);
        blocked->close();
    }

    void deleteAsksFirst()
    {
        UiTest::Window w(QStringLiteral("sqlite"));
        QVERIFY(w.opened);
        MainWindow &window = *w.window;
        SourcesPage *page = window.sourcesPage();
        QVERIFY(addSample(window, QStringLiteral("one"), {}) >= 0);
        QVERIFY(addSample(window, QStringLiteral("two"), {}) >= 0);
        QVERIFY(addSample(window, QStringLiteral("keep"), {}) >= 0);
        SourceListModel *model = window.sourceModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 10000);
        // Select two rows and press Delete.
        page->view()->clearSelection();
        for (const QString &name : {QStringLiteral("one"), QStringLiteral("two")})
            page->view()->selectionModel()->select(model->index(model->rowOfName(name), 0),
                                                   QItemSelectionModel::Select
                                                       | QItemSelectionModel::Rows);
        window.activateWindow(); // the Add dialogs had the focus
        QVERIFY(QTest::qWaitForWindowActive(&window));
        page->view()->setFocus();
        QTest::keyClick(page->view(), Qt::Key_Delete);
        auto *box = UiTest::waitForChild<QMessageBox>(page, QStringLiteral("confirmDelete"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("these 2 sources")));
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
        QCOMPARE(model->row(0).source.name, QStringLiteral("keep"));
    }
};

QTEST_MAIN(TestUiSources)
#include "tst_ui_sources.moc"
