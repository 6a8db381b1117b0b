#include "mainwindow.h"

#include "api/apiserver.h"
#include "api/apiserversettings.h"
#include "common/appinfo.h"
#include "departments/departmentspage.h"
#include "logs/logretention.h"
#include "logs/logretentiontimer.h"
#include "logs/logspage.h"
#include "models/backgroundjob.h"
#include "models/sourcelistmodel.h"
#include "models/storeactions.h"
#include "runningtasksindicator.h"
#include "sources/sourcespage.h"
#include "store/storeopener.h"
#include "sync/pluginloader.h"
#include "sync/resourceregistry.h"
#include "sync/sourceregistry.h"
#include "sync/taskrunner.h"
#include "tasks/taskdetailsdialog.h"
#include "users/userspage.h"
#include "widgets/icons.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

MainWindow::MainWindow(const DataDir &dataDir, const DatabaseConfig &database, SecretStore *secrets,
                       QWidget *parent)
    : MainWindow(dataDir, database, secrets, Options(), parent)
{ }

MainWindow::MainWindow(const DataDir &dataDir, const DatabaseConfig &database, SecretStore *secrets,
                       const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(AppInfo::name());
    setWindowIcon(QIcon(QStringLiteral(":/icons/usersync.png")));
    m_context.dataDir = dataDir;
    m_context.database = database;
    m_context.secrets = secrets;
    loadSourceTypes(options.pluginFolders.isEmpty()
                        ? PluginLoader::defaultFolders(dataDir.pluginsDir())
                        : options.pluginFolders);
    m_sources = new SourceListModel(m_sourceTypes.get(), this);
    m_context.sources = m_sources;

    createPages();
    createMenus();

    m_running = new RunningTasksIndicator(m_sources, this);
    connect(m_running, &RunningTasksIndicator::activated, this, [this](const QString &name) {
        showPage(Page::Sources);
        m_sourcesPage->openTasks(name);
    });
    statusBar()->addPermanentWidget(m_running);
    m_apiStatus = new QLabel(this);
    m_apiStatus->setObjectName(QStringLiteral("apiStatus"));
    m_apiStatus->hide();
    statusBar()->addPermanentWidget(m_apiStatus);
    m_storeStatus = new QLabel(this);
    m_storeStatus->setObjectName(QStringLiteral("storeStatus"));
    for (QLabel *label : {m_apiStatus, m_storeStatus})
        label->setStyleSheet(
            QStringLiteral("QLabel { padding: 0 6px 0 10px; border-left: 1px solid #c9cdd3; }"));
    statusBar()->addPermanentWidget(m_storeStatus);

    // After a sync, the directory pages reload once, a moment later (several tasks may end).
    m_directoryRefresh = new QTimer(this);
    m_directoryRefresh->setSingleShot(true);
    m_directoryRefresh->setInterval(500);
    connect(m_directoryRefresh, &QTimer::timeout, this, [this]() {
        m_usersPage->refresh();
        m_departmentsPage->refresh();
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    // After the constructor, so the window paints first and callers can connect to the signals.
    QTimer::singleShot(0, this, &MainWindow::openStore);
}

MainWindow::~MainWindow()
{
    // Jobs hold values only, but they may still use the runner or the database folder.
    BackgroundJob::waitForIdle();
    m_context.runner = nullptr;
    m_context.apiServer = nullptr;
    delete m_apiServer;
    m_apiServer = nullptr;
    m_runner.reset(); // asks running syncs to stop and waits for them
}

void MainWindow::loadSourceTypes(const QStringList &folders)
{
    m_sourceTypes = SourceRegistry::withBuiltins();
    m_resources = ResourceRegistry::withBuiltins();
    m_plugins = std::make_unique<PluginLoader>();
    const QList<PluginLoader::Report> reports =
        m_plugins->load(folders, *m_sourceTypes, *m_resources);
    for (const PluginLoader::Report &report : reports) {
        if (!report.loaded)
            qWarning().noquote() << tr("Plugin %1 skipped: %2")
                                        .arg(QDir::toNativeSeparators(report.file), report.message);
    }
    m_context.sourceTypes = m_sourceTypes.get();
}

void MainWindow::createPages()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.05);
    m_navigation->setFont(navigationFont);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: palette(window); outline: 0; padding: 6px; }"
        "QListWidget#navigation::item { padding: 7px 10px; border-radius: 5px; }"
        "QListWidget#navigation::item:selected { background: #dce8fb; color: #0b3f91; }"));
    const QList<QPair<QString, Icons::Glyph>> entries = {
        {tr("Sources"), Icons::Glyph::Sources},
        {tr("Users"), Icons::Glyph::Users},
        {tr("Departments"), Icons::Glyph::Departments},
        {tr("Logs"), Icons::Glyph::Logs}};
    int width = 0;
    for (const auto &[title, glyph] : entries) {
        new QListWidgetItem(Icons::icon(glyph, Icons::accent()), title, m_navigation);
        width = qMax(width, m_navigation->fontMetrics().horizontalAdvance(title));
    }
    m_navigation->setFixedWidth(width + 22 + 64);

    m_sourcesPage = new SourcesPage(&m_context, m_sources, this);
    m_usersPage = new UsersPage(&m_context, this);
    m_departmentsPage = new DepartmentsPage(&m_context, this);
    m_logsPage = new LogsPage(&m_context, this);
    m_pages = new QStackedWidget(this);
    for (::Page *widget :
         {static_cast<::Page *>(m_sourcesPage), static_cast<::Page *>(m_usersPage),
          static_cast<::Page *>(m_departmentsPage), static_cast<::Page *>(m_logsPage)}) {
        widget->setEnabled(false); // until the store is open
        m_pages->addWidget(widget);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    connect(m_sourcesPage, &SourcesPage::message, this,
            [this](const QString &text, int timeout) { statusBar()->showMessage(text, timeout); });
    connect(m_sourcesPage, &SourcesPage::taskDetailsRequested, this, &MainWindow::openTaskDetails);
    connect(m_sourcesPage, &SourcesPage::apiSettingsRequested, this,
            [this]() { openSettings(SettingsDialog::Tab::Api); });

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Plain);
    line->setStyleSheet(QStringLiteral("color: #d6d9de;"));
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(line);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_navigation->setCurrentRow(0);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *settings = file->addAction(Icons::icon(Icons::Glyph::Settings), tr("&Settings…"), this,
                                        [this]() { openSettings(); });
    settings->setShortcut(QKeySequence::Preferences);
    if (settings->shortcut().isEmpty())
        settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setObjectName(QStringLiteral("actionSettings"));
    QAction *openFolder =
        file->addAction(Icons::icon(Icons::Glyph::Folder), tr("Open &Data Folder"), this,
                        &MainWindow::openDataFolder);
    openFolder->setObjectName(QStringLiteral("actionOpenDataFolder"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("actionQuit"));

    QMenu *sources = menuBar()->addMenu(tr("S&ource"));
    QMenu *add = sources->addMenu(Icons::icon(Icons::Glyph::Add), tr("&Add"));
    for (QAction *action : m_sourcesPage->addMenu()->actions())
        add->addAction(action);
    QAction *addShortcut = new QAction(tr("Add a source"), this);
    addShortcut->setShortcut(QKeySequence::New);
    addShortcut->setObjectName(QStringLiteral("actionAdd"));
    connect(addShortcut, &QAction::triggered, this, [this]() {
        showPage(Page::Sources);
        m_sourcesPage->showAddMenu();
    });
    addAction(addShortcut);
    sources->addSeparator();
    for (QAction *action : m_sourcesPage->actions())
        sources->addAction(action);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QList<QPair<QString, Page>> pages = {{tr("&Sources"), Page::Sources},
                                               {tr("&Users"), Page::Users},
                                               {tr("&Departments"), Page::Departments},
                                               {tr("&Logs"), Page::Logs}};
    for (int i = 0; i < pages.size(); ++i) {
        const Page target = pages.at(i).second;
        QAction *action =
            view->addAction(pages.at(i).first, this, [this, target]() { showPage(target); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction *refresh = view->addAction(Icons::icon(Icons::Glyph::Refresh), tr("&Refresh"), this,
                                       [this]() { page(currentPage())->refresh(); });
    refresh->setShortcuts({QKeySequence::Refresh, QKeySequence(Qt::CTRL | Qt::Key_R)});
    refresh->setObjectName(QStringLiteral("actionRefresh"));
    QAction *find = view->addAction(Icons::icon(Icons::Glyph::Search), tr("&Find"), this,
                                    [this]() { page(currentPage())->focusSearch(); });
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(QStringLiteral("actionFind"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About UserSync"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

::Page *MainWindow::page(Page which) const
{
    return static_cast<::Page *>(m_pages->widget(int(which)));
}

void MainWindow::showPage(Page which)
{
    m_navigation->setCurrentRow(int(which));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::openStore()
{
    m_storeStatus->setText(tr("Opening database…"));
    m_opener = new StoreOpener(m_context.secrets, this);
    connect(m_opener, &StoreOpener::opened, this, &MainWindow::onStoreOpened);
    connect(m_opener, &StoreOpener::failed, this, &MainWindow::onStoreFailed);
    QString problem;
    if (!m_context.dataDir.ensureExists(&problem)) {
        onStoreFailed(StoreError(StoreError::Kind::Unavailable, problem));
        return;
    }
    m_opener->open(m_context.database);
}

void MainWindow::onStoreOpened(const DatabaseConfig &config)
{
    m_context.database = config;
    TaskRunner::Setup setup;
    setup.database = config;
    setup.dataDir = m_context.dataDir;
    setup.sources = m_sourceTypes.get();
    setup.resources = m_resources.get();
    setup.secrets = m_context.secrets;
    m_runner = std::make_unique<TaskRunner>(setup);
    m_context.runner = m_runner.get();
    connect(m_runner.get(), &TaskRunner::finished, this,
            [this](quint64, const SyncTask &task, const QJsonObject &) { onTaskFinished(task); });
    m_sources->setDatabase(config);
    m_sources->setRunner(m_runner.get());
    m_context.storeReady = true;

    const int keepDays =
        QSettings()
            .value(QStringLiteral("logs/retentionDays"), LogRetention::DefaultKeepDays)
            .toInt();
    m_retention = new LogRetentionTimer(
        {m_context.dataDir.rawLogDir(), m_context.dataDir.systemLogDir()}, keepDays, this);

    const QString engine = config.isPostgres() ? tr("PostgreSQL") : tr("SQLite");
    m_storeStatus->setText(tr("%1: %2").arg(engine, QDir::toNativeSeparators(config.url())));
    m_storeStatus->setToolTip(
        tr("Data folder: %1").arg(QDir::toNativeSeparators(m_context.dataDir.root())));
    if (m_options.startApi)
        startHttpApi();
    m_sourcesPage->setApiOfferVisible(m_context.apiServer != nullptr);
    for (int i = 0; i < m_pages->count(); ++i) {
        auto *widget = static_cast<::Page *>(m_pages->widget(i));
        widget->setEnabled(true);
        widget->storeOpened();
    }
    // Tasks left running by a process that died are failed now, so they can be retried.
    StoreActions::recoverInterrupted(config, this, [this](Result<QList<SyncTask>> recovered) {
        if (!recovered || recovered->isEmpty())
            return;
        for (const SyncTask &task : std::as_const(*recovered))
            qWarning().noquote() << tr("Task %1 of source “%2” was interrupted; marked failed.")
                                        .arg(task.batch, task.sourceName);
        statusBar()->showMessage(
            tr("Interrupted tasks marked failed (they can be retried): %1").arg(recovered->size()),
            10000);
        m_sources->reload();
    });
    emit storeReady(config);
}

void MainWindow::onStoreFailed(const StoreError &error)
{
    m_storeStatus->setText(tr("Database unavailable"));
    m_storeStatus->setToolTip(error.message());
    statusBar()->showMessage(error.message());
    emit storeFailed(error.message());
    // A modal box would block tests and scripts; it is shown only to a person at the screen.
    if (isVisible() && QGuiApplication::platformName() != QLatin1String("offscreen")) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Database unavailable"),
                                    error.message(), QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void MainWindow::startHttpApi()
{
    auto *server = new ApiServer(m_runner.get(), m_context.database, this);
    m_apiServer = server;
    m_context.apiServer = server;
    connect(server, &ApiServer::listeningChanged, this, &MainWindow::updateApiStatus);
    const ApiServerSettings settings = ApiServerSettings::load(QSettings());
    if (settings.enabled) {
        QString error;
        if (!server->start(settings, &error)) {
            qWarning().noquote() << tr("The HTTP API could not start: %1").arg(error);
            statusBar()->showMessage(tr("The HTTP API could not start: %1").arg(error), 15000);
        }
    }
    updateApiStatus();
}

void MainWindow::updateApiStatus()
{
    auto *server = m_apiServer;
    const bool listening = server && server->isListening();
    m_apiStatus->setVisible(listening);
    if (listening) {
        m_apiStatus->setText(tr("HTTP API: %1").arg(server->url()));
        m_apiStatus->setToolTip(server->isLoopback()
                                    ? tr("Only this computer can connect.")
                                    : tr("Other computers can connect: every request needs an "
                                         "API key."));
    }
}

void MainWindow::onTaskFinished(const SyncTask &task)
{
    const QString counts = task.message;
    statusBar()->showMessage(
        tr("%1 finished: %2 — %3").arg(task.sourceName, TaskStatusText::title(task.status), counts),
        10000);
    m_directoryRefresh->start();
}

TaskDetailsDialog *MainWindow::openTaskDetails(const SyncTask &task)
{
    for (TaskDetailsDialog *open : findChildren<TaskDetailsDialog *>()) {
        if (open->task().id == task.id) {
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    auto *dialog = new TaskDetailsDialog(&m_context, task, this);
    connect(dialog, &TaskDetailsDialog::showLogsRequested, this, &MainWindow::showLogsForBatch);
    dialog->show();
    return dialog;
}

void MainWindow::showLogsForBatch(const QString &batch)
{
    showPage(Page::Logs);
    m_logsPage->showBatch(batch);
    raise();
    activateWindow();
}

SettingsDialog *MainWindow::openSettings(SettingsDialog::Tab tab)
{
    if (auto *open = findChild<SettingsDialog *>()) {
        open->showTab(tab);
        open->raise();
        return open;
    }
    auto *dialog = new SettingsDialog(&m_context, this);
    dialog->showTab(tab);
    connect(dialog, &SettingsDialog::applied, this, &MainWindow::applySettings);
    dialog->open();
    return dialog;
}

void MainWindow::applySettings(bool restartNeeded)
{
    const int keepDays =
        QSettings()
            .value(QStringLiteral("logs/retentionDays"), LogRetention::DefaultKeepDays)
            .toInt();
    if (m_retention && m_retention->keepDays() != keepDays) {
        delete m_retention;
        m_retention = new LogRetentionTimer(
            {m_context.dataDir.rawLogDir(), m_context.dataDir.systemLogDir()}, keepDays, this);
    }
    updateApiStatus();
    statusBar()->showMessage(restartNeeded
                                 ? tr("Settings saved. Some changes apply when UserSync starts "
                                      "again.")
                                 : tr("Settings saved."),
                             10000);
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About UserSync"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setText(
        tr("<h3>UserSync %1</h3><p>Keeps an organisation's users and departments in sync with "
           "the systems that own them.</p><p>Data folder: %2</p>")
            .arg(AppInfo::version(),
                 QDir::toNativeSeparators(m_context.dataDir.root()).toHtmlEscaped()));
    box->open();
}

void MainWindow::openDataFolder()
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(m_context.dataDir.root()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_quitting && m_runner && m_runner->activeCount() > 0) {
        event->ignore();
        auto *box = new QMessageBox(QMessageBox::Question, tr("A sync is running"),
                                    tr("Stop the running sync and quit? Pages already applied "
                                       "stay; the task can be retried later."),
                                    QMessageBox::NoButton, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *stop = box->addButton(tr("Stop and quit"), QMessageBox::AcceptRole);
        box->addButton(tr("Keep running"), QMessageBox::RejectRole);
        connect(stop, &QPushButton::clicked, this, [this]() {
            m_quitting = true;
            close();
        });
        box->open();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}
