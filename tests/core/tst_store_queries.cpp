// How the store reads and writes values on both engines: IN lists and bulk inserts that carry
// their values as literals on PostgreSQL, the users search's case folding, and the planner
// statistics a growing PostgreSQL store is given.
#include "store/bulkinsert.h"
#include "store/connection.h"
#include "store/inlist.h"
#include "store/migrator.h"
#include "store/plannerstatistics.h"
#include "store/sourcerepository.h"
#include "store/sqlrow.h"
#include "store/sqlvalue.h"
#include "store/userrepository.h"
#include "storetestdata.h"
#include "testdatabase.h"
#include "testenv.h"

#include <QtTest>

using namespace StoreTestData;

class TestStoreQueries : public QObject
{
    Q_OBJECT

private slots:
    // On PostgreSQL the IN values are written into the statement as quoted literals (so the
    // server plans each lookup with them): awkward text must match itself and nothing else.
    void inListQuotesValues_data() { USERSYNC_ENGINE_ROWS(); }
    void inListQuotesValues()
    {
        USERSYNC_TEST_DATABASE(db);
        Connection connection(db.config());
        QVERIFY(!Migrator(connection).migrate());
        SourceRepository sources(connection);
        const QStringList names{QStringLiteral("o'brien"),       QStringLiteral("what?"),
                                QStringLiteral("back\\slash"),   QStringLiteral("名字"),
                                QStringLiteral("semi;colon --"), QStringLiteral("plain")};
        for (const QString &name : names)
            QVERIFY(sources.insert(makeSource(name)).ok());
        const QVariantList wanted{names.at(0), names.at(1), names.at(2),
                                  names.at(3), names.at(4), QStringLiteral("x') OR ('1' = '1")};
        QStringList found;
        // A '?' inside a quoted literal of the statement is text, not a placeholder.
        QVERIFY(!InList::select(connection,
                                QStringLiteral("SELECT name FROM sync_sources WHERE source_type "
                                               "<> '?' AND enabled = ? AND name IN (%IN%)"),
                                {1}, wanted, [&](const SqlRow &row) { found << row.text(0); }));
        found.sort();
        QStringList expected = names.mid(0, 5);
        expected.sort();
        QCOMPARE(found, expected);
    }

    // The users search ignores case over all of Unicode on both engines: an administrator who
    // types a name as it is shown, or in other case, finds that person.
    void userSearchFoldsCase_data() { USERSYNC_ENGINE_ROWS(); }
    void userSearchFoldsCase()
    {
        USERSYNC_TEST_DATABASE(db);
        Connection connection(db.config());
        QVERIFY(!Migrator(connection).migrate());
        UserRepository users(connection);
        const QStringList nicknames{QStringLiteral("Özlem Ağaoğlu"), QStringLiteral("Łukasz Weiß"),
                                    QStringLiteral("Zed Ascii"), QStringLiteral("Иван Петров")};
        for (const QString &nickname : nicknames) {
            User user;
            user.nickname = nickname;
            QVERIFY(users.insert(user).ok());
        }
        const QList<QPair<QString, QString>> searches{
            {QStringLiteral("Özlem"), nicknames.at(0)},
            {QStringLiteral("özlem"), nicknames.at(0)},
            {QStringLiteral("ÖZLEM"), nicknames.at(0)},
            {QStringLiteral("ağaoğlu"), nicknames.at(0)},
            {QStringLiteral("łukasz"), nicknames.at(1)},
            {QStringLiteral("WEIß"), nicknames.at(1)},
            {QStringLiteral("zED"), nicknames.at(2)},
            {QStringLiteral("иван"), nicknames.at(3)},
            {QStringLiteral(" ПЕТРОВ "), nicknames.at(3)}};
        for (const auto &[search, nickname] : searches) {
            QCOMPARE(*users.count(search), qint64(1));
            const auto found = users.list(-1, 0, search);
            QVERIFY(found.ok());
            QCOMPARE(found->size(), 1);
            QCOMPARE(found->constFirst().nickname, nickname);
        }
        QCOMPARE(*users.count(QStringLiteral("özlemx")), qint64(0));
        QCOMPARE(*users.count(QStringLiteral("z")), qint64(3)); // Zed, Özlem, Łukasz
    }

    // Bulk inserts write their values into the statement on PostgreSQL: awkward text, NULLs and
    // JSON must come back exactly as they went in, on both engines.
    void bulkInsertKeepsValues_data() { USERSYNC_ENGINE_ROWS(); }
    void bulkInsertKeepsValues()
    {
        USERSYNC_TEST_DATABASE(db);
        Connection connection(db.config());
        QVERIFY(!Migrator(connection).migrate());
        const QStringList nicknames{QStringLiteral("O'Brien"), QStringLiteral("back\\slash ?"),
                                    QStringLiteral("名字 – ü"),
                                    QStringLiteral("'); DROP TABLE users; --"), QString()};
        const QJsonObject custom{{QStringLiteral("quote"), QStringLiteral("it's \"x\"")}};
        BulkInsert inserts(connection, QStringLiteral("users"),
                           {QStringLiteral("id"), QStringLiteral("nickname"),
                            QStringLiteral("email"), QStringLiteral("custom"),
                            QStringLiteral("created_at"), QStringLiteral("updated_at")});
        const QString now = Connection::nowText();
        for (int i = 0; i < nicknames.size(); ++i)
            inserts.add(
                {i + 1, nicknames.at(i),
                 SqlValue::nullableText(i == 0 ? QStringLiteral("a@example.com") : QString()),
                 SqlValue::jsonText(custom), now, now});
        QVERIFY(!inserts.flush());
        UserRepository users(connection);
        QCOMPARE(count(connection, QStringLiteral("users")), qint64(nicknames.size()));
        for (int i = 0; i < nicknames.size(); ++i) {
            auto user = users.byId(i + 1);
            QVERIFY(user.ok());
            QCOMPARE(user->nickname, nicknames.at(i).isNull() ? QString() : nicknames.at(i));
            QCOMPARE(user->custom, custom);
            QCOMPARE(user->email, i == 0 ? QStringLiteral("a@example.com") : QString());
        }
        QCOMPARE(count(connection, QStringLiteral("users WHERE email IS NULL")),
                 qint64(nicknames.size() - 1));
    }

    // A store filled by one big sync is analysed on PostgreSQL as it grows, so lookups are
    // planned for the tables as they are, not as the empty tables they were.
    void plannerStatisticsFollowGrowth_data() { USERSYNC_ENGINE_ROWS(); }
    void plannerStatisticsFollowGrowth()
    {
        USERSYNC_TEST_DATABASE(db);
        Connection connection(db.config());
        QVERIFY(!Migrator(connection).migrate());
        const QString rows = connection.isPostgres()
            ? QStringLiteral("SELECT 's', 'user', 'u' || g, '{}', 'now', 'now' FROM "
                             "generate_series(1, 1500) g")
            : QStringLiteral("WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g "
                             "WHERE n < 1500) SELECT 's', 'user', 'u' || n, '{}', 'now', 'now' "
                             "FROM g");
        // Autovacuum must not analyse the table behind the test's back.
        if (connection.isPostgres())
            QVERIFY(!connection.exec(
                QStringLiteral("ALTER TABLE sync_records SET (autovacuum_enabled = false)")));
        QVERIFY(!connection.exec(QStringLiteral("INSERT INTO sync_records (source_name, data_type, "
                                                "uid, meta_data, created_at, updated_at) ")
                                 + rows));
        PlannerStatistics statistics(connection);
        statistics.noteInserted(500); // below the threshold: nothing happens yet
        if (!connection.isPostgres()) {
            // SQLite has no such statistics unless ANALYZE made them; it must stay that way.
            statistics.noteInserted(1000);
            QCOMPARE(count(connection, QStringLiteral("sqlite_master WHERE name = 'sqlite_stat1'")),
                     0);
            return;
        }
        const auto analysed = [&]() {
            return connection
                .scalar(QStringLiteral(
                    "SELECT reltuples FROM pg_class WHERE oid = 'sync_records'::regclass"))
                ->toDouble();
        };
        QVERIFY(analysed() < 1); // never analysed (-1), or empty
        statistics.noteInserted(1000);
        QCOMPARE(analysed(), 1500.0);
    }
};

QTEST_GUILESS_MAIN(TestStoreQueries)
#include "tst_store_queries.moc"
