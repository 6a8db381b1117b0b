#pragma once

#include "common/datadir.h"
#include "store/databaseconfig.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;
class SecretStore;
class StoreError;
class StoreOpener;

// The application window: navigation between Sources, Users, Departments and Logs, a menu bar
// and a status bar. Opens the store in the background and says what happened.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Sources, Users, Departments, Logs };

    MainWindow(const DataDir &dataDir, const DatabaseConfig &database, SecretStore *secrets,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    bool isStoreReady() const { return m_storeReady; }

signals:
    void storeReady(const DatabaseConfig &config);
    void storeFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createPages();
    QWidget *placeholderPage(const QString &title, const QString &text);
    void openStore();
    void onStoreOpened(const DatabaseConfig &config);
    void onStoreFailed(const StoreError &error);
    void showAbout();
    void openDataFolder();

    DataDir m_dataDir;
    DatabaseConfig m_database;
    SecretStore *m_secrets;
    StoreOpener *m_opener = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_storeStatus = nullptr;
    bool m_storeReady = false;
};
