// Settings (database test, retention, language, HTTP API keys) and the task details export.
#include "models/apikeylistmodel.h"
#include "models/taskresultmodel.h"
#include "settings/apisettingspage.h"
#include "settings/databasesettingspage.h"
#include "settings/generalsettingspage.h"
#include "settings/settingsdialog.h"
#include "sources/sourcespage.h"
#include "store/sourcerepository.h"
#include "sync/taskrunner.h"
#include "tasks/taskdetailsdialog.h"
#include "testenv.h"
#include "uitest.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QtTest>

class TestUiDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("UserSyncTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_dialogs"));
    }

    void settingsApplyAndTest()
    {
        UiTest::Window w(QStringLiteral("sqlite"));
        QVERIFY(w.opened);
        SettingsDialog *dialog = w.window->openSettings(SettingsDialog::Tab::Database);
        QVERIFY(dialog && dialog->isVisible());
        auto *database =
            qobject_cast<DatabaseSettingsPage *>(dialog->page(SettingsDialog::Tab::Database));
        QVERIFY(database);
        QSignalSpy tested(database, &DatabaseSettingsPage::tested);
        QTest::mouseClick(database->findChild<QPushButton *>(QStringLiteral("testDatabase")),
                          Qt::LeftButton);
        QVERIFY(tested.wait(10000));
        QVERIFY(tested.constFirst().at(0).toBool());
        QVERIFY2(tested.constFirst().at(1).toString().contains(QStringLiteral("SQLite")),
                 qPrintable(tested.constFirst().at(1).toString()));

        // PostgreSQL without a host is refused, and the dialog stays open on that tab.
        database->findChild<QRadioButton *>(QStringLiteral("databasePostgres"))->setChecked(true);
        auto *general =
            qobject_cast<GeneralSettingsPage *>(dialog->page(SettingsDialog::Tab::General));
        general->findChild<QSpinBox *>(QStringLiteral("retentionDays"))->setValue(30);
        QSignalSpy applied(dialog, &SettingsDialog::applied);
        dialog->applyAll();
        QTest::qWait(100);
        QCOMPARE(applied.size(), 0);
        QVERIFY(dialog->isVisible());

        // Back to the default database; retention and language are saved, the language on
        // the next start.
        database->findChild<QRadioButton *>(QStringLiteral("databaseDefault"))->setChecked(true);
        auto *language = general->findChild<QComboBox *>(QStringLiteral("language"));
        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        dialog->applyAll();
        QVERIFY(applied.size() == 1 || applied.wait(10000));
        QCOMPARE(applied.constFirst().at(0).toBool(), true);
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("logs/retentionDays")).toInt(), 30);
        QCOMPARE(settings.value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
        QVERIFY(!settings.contains(DatabaseSettingsPage::settingsKey()));
    }

    void apiKeys()
    {
        UiTest::Window w(QStringLiteral("sqlite"));
        QVERIFY(w.opened);
        QVERIFY(w.window->hasHttpApi());
        SettingsDialog *dialog = w.window->openSettings(SettingsDialog::Tab::Api);
        auto *page = qobject_cast<ApiSettingsPage *>(dialog->page(SettingsDialog::Tab::Api));
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->keys()->isLoaded(), 10000);
        QSignalSpy created(page, &ApiSettingsPage::keyCreated);
        page->findChild<QLineEdit *>(QStringLiteral("apiKeyName"))->setText(QStringLiteral("hr"));
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("createApiKey")),
                          Qt::LeftButton);
        QVERIFY(created.wait(10000));
        const QString token = created.constFirst().at(1).toString();
        // The token is shown once, in a dialog with a copy button.
        auto *shown = UiTest::waitForChild<QLineEdit>(page, QStringLiteral("token"));
        QVERIFY(shown);
        QCOMPARE(shown->text(), token);
        QTRY_COMPARE_WITH_TIMEOUT(page->keys()->rowCount(), 1, 10000);
        QVERIFY(token.startsWith(page->keys()->key(0).tokenPrefix));
        dialog->reject();
    }

    void taskDetailsExport()
    {
        UiTest::Window w(QStringLiteral("sqlite"));
        QVERIFY(w.opened);
        MainWindow &window = *w.window;
        {
            Connection db(window.context()->database);
            SyncSource source;
            source.name = QStringLiteral("hr");
            source.sourceType = QStringLiteral("sample");
            source.enabled = true;
            source.options = {{QStringLiteral("users"), 300}};
            QVERIFY(SourceRepository(db).insert(source));
        }
        window.sourceModel()->reload();
        QTRY_COMPARE_WITH_TIMEOUT(window.sourceModel()->rowCount(), 1, 10000);
        QSignalSpy finished(window.runner(), &TaskRunner::finished);
        window.sourcesPage()->sync(QStringLiteral("hr"));
        QVERIFY(finished.wait(30000));
        const SyncTask task = finished.constFirst().at(1).value<SyncTask>();
        TaskDetailsDialog *details = window.openTaskDetails(task);
        QCOMPARE(window.openTaskDetails(task), details); // one window per task
        QTRY_VERIFY_WITH_TIMEOUT(details->model()->totalCount() > 0, 10000);
        details->setActionFilter(QStringLiteral("created"));
        QTRY_VERIFY_WITH_TIMEOUT(
            details->model()->totalCount() > 0 && !details->model()->isLoading(), 10000);
        const qint64 created = details->model()->totalCount();
        QTemporaryDir dir;
        QSignalSpy exported(details, &TaskDetailsDialog::exported);
        details->exportTo(dir.filePath(QStringLiteral("out.csv")), false);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.constFirst().at(1).toLongLong(), created);
        QFile file(dir.filePath(QStringLiteral("out.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(qint64(lines.size()), created + 1);
        QVERIFY(lines.at(1).contains(task.batch.toUtf8()));
        details->close();
    }
};

QTEST_MAIN(TestUiDialogs)
#include "tst_ui_dialogs.moc"
