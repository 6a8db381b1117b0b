#include "mainwindow.h"

#include "common/appinfo.h"
#include "store/storeopener.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

MainWindow::MainWindow(const DataDir &dataDir, const DatabaseConfig &database, SecretStore *secrets,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_dataDir(dataDir)
    , m_database(database)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(AppInfo::name());
    setWindowIcon(QIcon(QStringLiteral(":/icons/usersync.png")));
    createPages();
    createMenus();

    m_storeStatus = new QLabel(this);
    m_storeStatus->setObjectName(QStringLiteral("storeStatus"));
    statusBar()->addPermanentWidget(m_storeStatus);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1100, 700);
    // After the constructor, so the window paints first and callers can connect to the signals.
    QTimer::singleShot(0, this, &MainWindow::openStore);
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setMaximumWidth(200);
    m_navigation->setIconSize(QSize(20, 20));
    const QStringList titles = {tr("Sources"), tr("Users"), tr("Departments"), tr("Logs")};
    const QList<QStyle::StandardPixmap> icons = {
        QStyle::SP_DriveNetIcon, QStyle::SP_FileDialogContentsView, QStyle::SP_DirIcon,
        QStyle::SP_FileDialogDetailedView};
    for (int i = 0; i < titles.size(); ++i)
        new QListWidgetItem(style()->standardIcon(icons.at(i)), titles.at(i), m_navigation);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(placeholderPage(tr("Sources"), tr("Sync sources will be listed here.")));
    m_pages->addWidget(placeholderPage(tr("Users"), tr("Synced users will be listed here.")));
    m_pages->addWidget(
        placeholderPage(tr("Departments"), tr("The department tree will be shown here.")));
    m_pages->addWidget(
        placeholderPage(tr("Logs"), tr("The system log and raw sync records will be shown here.")));
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);
    m_navigation->setCurrentRow(0);
}

QWidget *MainWindow::placeholderPage(const QString &title, const QString &text)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()), page);
    auto *body = new QLabel(text, page);
    body->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addStretch();
    return page;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openFolder =
        file->addAction(tr("Open &Data Folder"), this, &MainWindow::openDataFolder);
    openFolder->setObjectName(QStringLiteral("actionOpenDataFolder"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("actionQuit"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QList<QPair<QString, Page>> pages = {{tr("&Sources"), Page::Sources},
                                               {tr("&Users"), Page::Users},
                                               {tr("&Departments"), Page::Departments},
                                               {tr("&Logs"), Page::Logs}};
    for (int i = 0; i < pages.size(); ++i) {
        const Page page = pages.at(i).second;
        QAction *action =
            view->addAction(pages.at(i).first, this, [this, page]() { showPage(page); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About UserSync"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::openStore()
{
    m_storeStatus->setText(tr("Opening database…"));
    m_opener = new StoreOpener(m_secrets, this);
    connect(m_opener, &StoreOpener::opened, this, &MainWindow::onStoreOpened);
    connect(m_opener, &StoreOpener::failed, this, &MainWindow::onStoreFailed);
    QString problem;
    if (!m_dataDir.ensureExists(&problem)) {
        onStoreFailed(StoreError(StoreError::Kind::Unavailable, problem));
        return;
    }
    m_opener->open(m_database);
}

void MainWindow::onStoreOpened(const DatabaseConfig &config)
{
    m_database = config;
    m_storeReady = true;
    const QString engine = config.isPostgres() ? tr("PostgreSQL") : tr("SQLite");
    m_storeStatus->setText(tr("%1: %2").arg(engine, QDir::toNativeSeparators(config.url())));
    m_storeStatus->setToolTip(
        tr("Data folder: %1").arg(QDir::toNativeSeparators(m_dataDir.root())));
    emit storeReady(config);
}

void MainWindow::onStoreFailed(const StoreError &error)
{
    m_storeStatus->setText(tr("Database unavailable"));
    m_storeStatus->setToolTip(error.message());
    statusBar()->showMessage(error.message());
    emit storeFailed(error.message());
    // A modal box would block tests and scripts; it is shown only to a person at the screen.
    if (isVisible() && QGuiApplication::platformName() != QLatin1String("offscreen"))
        QMessageBox::warning(this, tr("Database unavailable"), error.message());
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About UserSync"),
        tr("<h3>UserSync %1</h3><p>Keeps an organisation's users and departments in sync with "
           "the systems that own them.</p><p>Data folder: %2</p>")
            .arg(AppInfo::version(), QDir::toNativeSeparators(m_dataDir.root()).toHtmlEscaped()));
}

void MainWindow::openDataFolder()
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(m_dataDir.root()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    event->accept();
}
