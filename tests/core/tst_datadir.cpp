// Which data folder is used: --data-dir beats USERSYNC_DATA_DIR beats the platform default.
#include "common/datadir.h"

#include <QTemporaryDir>
#include <QtTest>

class TestDataDir : public QObject
{
    Q_OBJECT

private slots:
    void precedence()
    {
        QTemporaryDir fromEnv, fromOption;
        qputenv(DataDir::EnvironmentVariable, fromEnv.path().toUtf8());
        QCOMPARE(DataDir::resolve().root(), fromEnv.path());
        QCOMPARE(DataDir::resolve(fromOption.path()).root(), fromOption.path());
        qunsetenv(DataDir::EnvironmentVariable);
        QCOMPARE(DataDir::resolve().root(), DataDir::defaultRoot());
        QVERIFY(DataDir::defaultRoot().endsWith(QLatin1String("/usersync")));
    }

    void layoutAndCreation()
    {
        QTemporaryDir base;
        const DataDir dir(base.filePath(QStringLiteral("nested/data")));
        QString error;
        QVERIFY2(dir.ensureExists(&error), qPrintable(error));
        QCOMPARE(dir.databaseFile(), base.filePath(QStringLiteral("nested/data/usersync.sqlite")));
        QVERIFY(QFileInfo(dir.rawLogDir()).isDir());
        QVERIFY(dir.rawLogDir().endsWith(QLatin1String("logs/user-data-sync")));
        QVERIFY(QFileInfo(dir.systemLogDir()).isDir());
    }

    void unwritableFolderSaysWhy()
    {
        QTemporaryDir base;
        QFile blocker(base.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const DataDir dir(base.filePath(QStringLiteral("file/sub")));
        QString error;
        QVERIFY(!dir.ensureExists(&error));
        QVERIFY2(error.contains(QLatin1String("Cannot create the data folder")), qPrintable(error));
        QVERIFY(error.contains(QLatin1String("--data-dir")));
    }
};

QTEST_GUILESS_MAIN(TestDataDir)
#include "tst_datadir.moc"
