// SQLite's waiting writers against a writer that commits and begins again at once: the waiting
// writer must get its turn between two transactions, and give up after its timeout.
#include "store/connection.h"
#include "store/transaction.h"
#include "store/writerturn.h"
#include "testdatabase.h"

#include <QFile>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <memory>
#include <sqlite3.h>

class TestWriterTurn : public QObject
{
    Q_OBJECT

private slots:
    // A sync holds the write lock page after page; a second program (a pull asked for from the
    // API, a cancel from the window) must still get in between two pages, not after the sync.
    void waitingWriterGetsInBetweenCommits()
    {
        TestDatabase db(QStringLiteral("sqlite"));
        {
            Connection setup(db.config());
            QVERIFY(setup.isOpen());
            QVERIFY(!setup.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
            // Enough rows that each of the busy writer's transactions takes a while, as a
            // sync's pages do; the gap between two of them is then far too short to hit.
            QVERIFY(!setup.exec(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000) "
                "INSERT INTO t SELECT i FROM n")));
        }
        QVERIFY(QFile::exists(WriterTurn::filePath(db.config().sqlitePath())));

        std::atomic<int> commits{0};
        std::atomic<bool> otherWrote{false};
        std::atomic<bool> hogTimedOut{false};
        QString hogError;
        std::unique_ptr<QThread> hog(QThread::create([&]() {
            Connection connection(db.config());
            QElapsedTimer clock;
            clock.start();
            // Bounded: without turns the other writer would only get in after this loop.
            while (!otherWrote.load()) {
                if (clock.elapsed() > 10000) {
                    hogTimedOut = true;
                    return;
                }
                Transaction transaction(connection);
                StoreError error = transaction.begin();
                for (int i = 0; !error && i < 10; ++i)
                    error = connection.exec(QStringLiteral("UPDATE t SET x = x + 1 WHERE x > 0"));
                if (!error)
                    error = transaction.commit();
                if (error) {
                    hogError = error.message();
                    return;
                }
                ++commits;
            }
        }));
        hog->start();
        QVERIFY(QTest::qWaitFor([&]() { return commits.load() >= 3 || hog->isFinished(); }));

        Connection other(db.config());
        const int before = commits.load();
        const StoreError wrote = other.exec(QStringLiteral("INSERT INTO t VALUES (-1)"));
        otherWrote = true;
        // Its turn is the next gap: it waited for the busy writer's current transaction only.
        // Without turns it waited out a hundred and more of them.
        const int passedIt = commits.load() - before;
        QVERIFY(hog->wait(20000));
        QVERIFY2(hogError.isEmpty(), qPrintable(hogError));
        QVERIFY2(!wrote, qPrintable(wrote.message()));
        QVERIFY2(!hogTimedOut.load(), "the waiting writer only got in after the busy writer");
        QVERIFY2(passedIt <= 5,
                 qPrintable(QStringLiteral("%1 transactions went first").arg(passedIt)));
        QCOMPARE(other.scalar(QStringLiteral("SELECT COUNT(*) FROM t WHERE x = -1"))->toInt(), 1);
    }

    // While a writer waits it is announced to the others; it gives up after its timeout with
    // SQLITE_BUSY, and is no longer announced.
    void waitingWriterIsAnnouncedAndTimesOut()
    {
        TestDatabase db(QStringLiteral("sqlite"));
        const QString path = db.config().sqlitePath();
        const QByteArray file = QFile::encodeName(path);
        sqlite3 *holder = nullptr;
        QCOMPARE(sqlite3_open(file.constData(), &holder), SQLITE_OK);
        QCOMPARE(sqlite3_exec(holder,
                              "PRAGMA journal_mode = WAL; CREATE TABLE t (x); "
                              "BEGIN IMMEDIATE; INSERT INTO t VALUES (1)",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        const WriterTurn probe(path, 0);
        QVERIFY(!probe.othersWaiting());

        std::atomic<int> result{-1};
        qint64 waitedMs = -1;
        std::unique_ptr<QThread> waiter(QThread::create([&]() {
            sqlite3 *handle = nullptr;
            if (sqlite3_open(file.constData(), &handle) != SQLITE_OK)
                return;
            WriterTurn turn(path, 300);
            turn.install(handle);
            QElapsedTimer clock;
            clock.start();
            result = sqlite3_exec(handle, "INSERT INTO t VALUES (2)", nullptr, nullptr, nullptr);
            waitedMs = clock.elapsed();
            sqlite3_close(handle);
        }));
        waiter->start();
        QVERIFY(QTest::qWaitFor([&]() { return probe.othersWaiting() || waiter->isFinished(); }));
        QVERIFY(probe.othersWaiting());
        QVERIFY(waiter->wait(10000));
        QCOMPARE(result.load(), SQLITE_BUSY);
        QVERIFY2(waitedMs >= 300, qPrintable(QString::number(waitedMs)));
        QVERIFY(!probe.othersWaiting());
        QCOMPARE(sqlite3_exec(holder, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(holder);
    }
};

QTEST_GUILESS_MAIN(TestWriterTurn)
#include "tst_writerturn.moc"
