#pragma once

// Helpers for the GUI tests: clicking the row buttons that ActionsDelegate draws, finding the
// dialogs a page opened, and a window on a throwaway store.
#include "mainwindow/mainwindow.h"
#include "models/backgroundjob.h"
#include "models/modelroles.h"
#include "models/sourcelistmodel.h"
#include "secrets/memorysecretstore.h"
#include "store/connection.h"
#include "testdatabase.h"
#include "widgets/actionsdelegate.h"
#include "widgets/tableview.h"

#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace UiTest {

// Clicks the button `key` in the actions cell of `row`, as a user would. False when the row
// offers no such button.
inline bool clickRowAction(TableView *view, ActionsDelegate *delegate, int row, int column,
                           const QString &key)
{
    const QModelIndex index = view->model()->index(row, column);
    view->scrollTo(index);
    const QRect cell = view->visualRect(index);
    const QRect button = delegate->buttonRect(cell, index, key, view->font());
    if (!button.isValid() || !view->viewport()->rect().contains(button.center()))
        return false;
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, button.center());
    return true;
}

template<typename T>
T *waitForChild(QObject *parent, const QString &name = {}, int timeoutMs = 10000)
{
    T *found = nullptr;
    (void)QTest::qWaitFor(
        [&]() {
            for (T *candidate : parent->findChildren<T *>(name)) {
                if (candidate->isVisible())
                    found = candidate;
            }
            return found != nullptr;
        },
        timeoutMs);
    return found;
}

// A main window on a fresh store (SQLite or the PostgreSQL test server) and data folder.
struct Window
{
    explicit Window(const QString &engine, const MainWindow::Options &options = {})
        : database(engine)
    {
        QSettings().clear(); // no layout or setting of an earlier test
        if (!database.isValid())
            return;
        window = std::make_unique<MainWindow>(DataDir(database.dataDir()), database.config(),
                                              &secrets, options);
        QSignalSpy ready(window.get(), &MainWindow::storeReady);
        window->resize(1280, 800);
        window->show();
        window->activateWindow();
        // Shortcuts only reach an active window.
        (void)QTest::qWaitForWindowActive(window.get());
        opened = window->isStoreReady() || ready.wait(20000);
    }
    ~Window()
    {
        window.reset();
        BackgroundJob::waitForIdle();
    }

    TestDatabase database;
    MemorySecretStore secrets;
    std::unique_ptr<MainWindow> window;
    bool opened = false;
};

} // namespace UiTest

#define USERSYNC_WINDOW(var, ...)                                                                  \
    QFETCH(QString, engine);                                                                       \
    if (engine == QLatin1String("postgresql"))                                                     \
        USERSYNC_REQUIRE(TestDatabase::postgresAvailable(),                                        \
                         TestDatabase::postgresMissingReason());                                   \
    UiTest::Window var(engine __VA_OPT__(, ) __VA_ARGS__);                                         \
    QVERIFY2(var.database.isValid(), qPrintable(var.database.error()));                            \
    QVERIFY(var.opened)
