#include "startupscript.h"

#include "logs/logentry.h"
#include "logs/logspage.h"
#include "mainwindow.h"
#include "models/sourcelistmodel.h"
#include "models/storeactions.h"
#include "sources/sourcedialog.h"
#include "sources/sourcespage.h"
#include "tasks/taskdetailsdialog.h"
#include "users/userspage.h"
#include "widgets/searchfield.h"

#include <QApplication>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

bool StartupRequest::isEmpty() const
{
    return page.isEmpty() && tasksOf.isEmpty() && taskBatch.isEmpty() && configure.isEmpty()
        && settingsTab.isEmpty() && logBatch.isEmpty() && logKind.isEmpty() && userSearch.isEmpty()
        && screenshot.isEmpty();
}

StartupScript::StartupScript(MainWindow *window, const StartupRequest &request)
    : QObject(window)
    , m_window(window)
    , m_request(request)
{
    // The sources are the last thing the window loads that a request can refer to.
    auto *once = new QObject(this);
    connect(window->sourceModel(), &SourceListModel::loaded, once, [this, once]() {
        delete once;
        apply();
    });
    connect(window, &MainWindow::storeFailed, this, [this]() {
        if (!m_request.screenshot.isEmpty()) {
            std::fprintf(stderr, "usersync: the store did not open; no screenshot\n");
            QCoreApplication::exit(1);
        }
    });
}

void StartupScript::apply()
{
    const QString page = m_request.page;
    if (page == QLatin1String("users"))
        m_window->showPage(MainWindow::Page::Users);
    else if (page == QLatin1String("departments"))
        m_window->showPage(MainWindow::Page::Departments);
    else if (page == QLatin1String("logs"))
        m_window->showPage(MainWindow::Page::Logs);
    else if (!page.isEmpty())
        m_window->showPage(MainWindow::Page::Sources);
    m_target = m_window;

    if (!m_request.userSearch.isEmpty())
        m_window->usersPage()->searchField()->setText(m_request.userSearch);
    if (!m_request.logKind.isEmpty())
        m_window->logsPage()->setKind(m_request.logKind == QLatin1String("raw") ? LogEntry::Raw
                                                                                : LogEntry::System);
    if (!m_request.logBatch.isEmpty())
        m_window->showLogsForBatch(m_request.logBatch);
    if (!m_request.tasksOf.isEmpty()) {
        m_window->showPage(MainWindow::Page::Sources);
        m_window->sourcesPage()->openTasks(m_request.tasksOf);
    }
    if (!m_request.configure.isEmpty())
        m_target = m_window->sourcesPage()->openConfigure(m_request.configure);
    if (!m_request.settingsTab.isEmpty()) {
        SettingsDialog::Tab tab = SettingsDialog::Tab::Database;
        if (m_request.settingsTab == QLatin1String("api"))
            tab = SettingsDialog::Tab::Api;
        else if (m_request.settingsTab == QLatin1String("general"))
            tab = SettingsDialog::Tab::General;
        m_target = m_window->openSettings(tab);
    }
    if (!m_request.taskBatch.isEmpty()) {
        const QString batch = m_request.taskBatch;
        StoreActions::taskByBatch(
            m_window->context()->database, batch, this, [this](Result<SyncTask> task) {
                if (!task) {
                    std::fprintf(stderr, "usersync: %s\n", qPrintable(task.error().message()));
                    return;
                }
                TaskDetailsDialog *dialog = m_window->openTaskDetails(*task);
                if (!m_request.outcome.isEmpty())
                    dialog->setActionFilter(m_request.outcome);
                m_target = dialog;
            });
    }
    if (!m_request.screenshot.isEmpty())
        QTimer::singleShot(m_request.settleMs, this, &StartupScript::grab);
}

void StartupScript::grab()
{
    QWidget *target = m_target ? m_target.data() : m_window;
    const QPixmap pixmap = target->grab();
    if (pixmap.isNull() || !pixmap.save(m_request.screenshot, "PNG")) {
        std::fprintf(stderr, "usersync: could not write %s\n", qPrintable(m_request.screenshot));
        QCoreApplication::exit(1);
        return;
    }
    QCoreApplication::quit();
}
