// The first window: name, icon, menus, and the store opened in the background.
#include "common/datadir.h"
#include "mainwindow/mainwindow.h"
#include "secrets/memorysecretstore.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // keep QSettings away from the real profile
        QCoreApplication::setOrganizationName(QStringLiteral("UserSyncTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
    }

    void opensWithMenusAndStore()
    {
        QTemporaryDir dir;
        const DataDir dataDir(dir.path());
        MemorySecretStore secrets;
        MainWindow window(dataDir, DatabaseConfig::sqlite(dataDir.databaseFile()), &secrets);
        QSignalSpy ready(&window, &MainWindow::storeReady);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("UserSync"));
        QVERIFY(!window.windowIcon().isNull());

        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text().remove(QLatin1Char('&'));
        QCOMPARE(menus,
                 (QStringList{QStringLiteral("File"), QStringLiteral("Source"),
                              QStringLiteral("View"), QStringLiteral("Help")}));

        QVERIFY(ready.wait(20000));
        QVERIFY(window.isStoreReady());
        QVERIFY(QFile::exists(dataDir.databaseFile()));
        auto *status = window.findChild<QLabel *>(QStringLiteral("storeStatus"));
        QVERIFY(status);
        QVERIFY2(status->text().startsWith(QLatin1String("SQLite: ")), qPrintable(status->text()));

        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(navigation->count(), 4);
        window.showPage(MainWindow::Page::Departments);
        QCOMPARE(window.currentPage(), MainWindow::Page::Departments);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Sources);
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Logs);
        // Keyboard only: the navigation list moves between pages with the arrow keys.
        navigation->setFocus();
        QTest::keyClick(navigation, Qt::Key_Up);
        QCOMPARE(window.currentPage(), MainWindow::Page::Departments);
    }

    void remembersGeometry()
    {
        QTemporaryDir dir;
        const DataDir dataDir(dir.path());
        MemorySecretStore secrets;
        {
            MainWindow window(dataDir, DatabaseConfig::sqlite(dataDir.databaseFile()), &secrets);
            QSignalSpy ready(&window, &MainWindow::storeReady);
            window.show();
            QVERIFY(ready.wait(20000));
            window.resize(1111, 666);
            QTRY_COMPARE(window.size(), QSize(1111, 666));
            window.close();
        }
        MainWindow again(dataDir, DatabaseConfig::sqlite(dataDir.databaseFile()), &secrets);
        QCOMPARE(again.size(), QSize(1111, 666));
    }

    void reportsAStoreThatCannotOpen()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const DataDir dataDir(dir.filePath(QStringLiteral("file/data")));
        MemorySecretStore secrets;
        MainWindow window(dataDir, DatabaseConfig::sqlite(dataDir.databaseFile()), &secrets);
        QSignalSpy failed(&window, &MainWindow::storeFailed);
        window.show();
        QVERIFY(failed.wait(20000));
        QVERIFY2(failed.constFirst().constFirst().toString().contains(
                     QLatin1String("Cannot create the data folder")),
                 qPrintable(failed.constFirst().constFirst().toString()));
        QVERIFY(!window.isStoreReady());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
