#pragma once

#include "appcontext.h"
#include "common/datadir.h"
#include "settings/settingsdialog.h"
#include "store/databaseconfig.h"
#include "store/synctask.h"

#include <QMainWindow>
#include <QStringList>

#include <memory>

class ApiServer;
class DepartmentsPage;
class LogRetentionTimer;
class LogsPage;
class Page;
class PluginLoader;
class QLabel;
class QListWidget;
class QStackedWidget;
class ResourceRegistry;
class RunningTasksIndicator;
class SecretStore;
class SourceListModel;
class SourceRegistry;
class SourcesPage;
class StoreError;
class StoreOpener;
class TaskDetailsDialog;
class TaskRunner;
class UsersPage;

// The application window: navigation between Sources, Users, Departments and Logs, menus with
// keyboard shortcuts, and a status bar with the running tasks, the HTTP API and the database.
// Opens the store in the background, then owns what works on it: the TaskRunner, the source
// types (built-in and plugins), log retention and the HTTP API server.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Sources, Users, Departments, Logs };

    struct Options
    {
        // Where plugins are loaded from; empty: PluginLoader::defaultFolders().
        QStringList pluginFolders;
        // Start the HTTP API at launch when the settings enable it.
        bool startApi = true;
    };

    MainWindow(const DataDir &dataDir, const DatabaseConfig &database, SecretStore *secrets,
               QWidget *parent = nullptr);
    MainWindow(const DataDir &dataDir, const DatabaseConfig &database, SecretStore *secrets,
               const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    bool isStoreReady() const { return m_context.storeReady; }
    AppContext *context() { return &m_context; }
    TaskRunner *runner() const { return m_context.runner; }
    SourceListModel *sourceModel() const { return m_sources; }
    SourcesPage *sourcesPage() const { return m_sourcesPage; }
    UsersPage *usersPage() const { return m_usersPage; }
    DepartmentsPage *departmentsPage() const { return m_departmentsPage; }
    LogsPage *logsPage() const { return m_logsPage; }

    TaskDetailsDialog *openTaskDetails(const SyncTask &task);
    SettingsDialog *openSettings(SettingsDialog::Tab tab = SettingsDialog::Tab::Database);
    void showLogsForBatch(const QString &batch);
    bool hasHttpApi() const { return m_context.apiServer != nullptr; }

signals:
    void storeReady(const DatabaseConfig &config);
    void storeFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createPages();
    void loadSourceTypes(const QStringList &folders);
    void openStore();
    void onStoreOpened(const DatabaseConfig &config);
    void onStoreFailed(const StoreError &error);
    void startHttpApi();
    void updateApiStatus();
    void applySettings(bool restartNeeded);
    void onTaskFinished(const SyncTask &task);
    ::Page *page(Page page) const;
    void showAbout();
    void openDataFolder();

    Options m_options;
    AppContext m_context;
    std::unique_ptr<SourceRegistry> m_sourceTypes;
    std::unique_ptr<ResourceRegistry> m_resources;
    std::unique_ptr<PluginLoader> m_plugins;
    std::unique_ptr<TaskRunner> m_runner;
    LogRetentionTimer *m_retention = nullptr;
    ApiServer *m_apiServer = nullptr;
    StoreOpener *m_opener = nullptr;
    SourceListModel *m_sources = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    SourcesPage *m_sourcesPage = nullptr;
    UsersPage *m_usersPage = nullptr;
    DepartmentsPage *m_departmentsPage = nullptr;
    LogsPage *m_logsPage = nullptr;
    RunningTasksIndicator *m_running = nullptr;
    QLabel *m_apiStatus = nullptr;
    QLabel *m_storeStatus = nullptr;
    QTimer *m_directoryRefresh = nullptr;
    bool m_quitting = false;
};
