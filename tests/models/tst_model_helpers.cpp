// The small pieces the models are made of: row diffs, display texts, CSV quoting.
#include "models/displaytext.h"
#include "models/rowdiff.h"
#include "models/taskresultexport.h"

#include <QtTest>

using RowDiff::Step;

class TestModelHelpers : public QObject
{
    Q_OBJECT

private:
    // Applies a plan to the old list and returns the result, as a model would.
    static QList<int> replay(QList<int> keys, const QList<int> &fresh, bool *reset)
    {
        const RowDiff::Plan plan = RowDiff::plan(keys, fresh);
        *reset = plan.reset;
        if (plan.reset)
            return fresh;
        for (const Step &step : plan.steps) {
            if (step.kind == Step::Kind::Remove)
                keys.removeAt(step.row);
            else if (step.kind == Step::Kind::Insert)
                keys.insert(step.row, fresh.at(step.from));
            else
                keys[step.row] = fresh.at(step.from);
        }
        return keys;
    }

private slots:
    void rowDiff_data()
    {
        QTest::addColumn<QList<int>>("before");
        QTest::addColumn<QList<int>>("after");
        QTest::addColumn<bool>("reset");
        QTest::newRow("same") << QList<int>{1, 2, 3} << QList<int>{1, 2, 3} << false;
        QTest::newRow("new on top") << QList<int>{3, 2, 1} << QList<int>{5, 4, 3, 2, 1} << false;
        QTest::newRow("removed in the middle")
            << QList<int>{1, 2, 3, 4} << QList<int>{1, 4} << false;
        QTest::newRow("insert and remove")
            << QList<int>{1, 2, 3} << QList<int>{0, 1, 3, 7} << false;
        QTest::newRow("from empty") << QList<int>{} << QList<int>{1, 2} << false;
        QTest::newRow("to empty") << QList<int>{1, 2} << QList<int>{} << false;
        QTest::newRow("swapped") << QList<int>{1, 2, 3} << QList<int>{2, 1, 3} << true;
        QTest::newRow("duplicates") << QList<int>{1, 1} << QList<int>{1} << true;
    }
    void rowDiff()
    {
        QFETCH(QList<int>, before);
        QFETCH(QList<int>, after);
        QFETCH(bool, reset);
        bool wasReset = false;
        QCOMPARE(replay(before, after, &wasReset), after);
        QCOMPARE(wasReset, reset);
    }

    void durations_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("ms") << qint64(850) << QStringLiteral("850 ms");
        QTest::newRow("seconds") << qint64(3250) << QStringLiteral("3.3 s");
        QTest::newRow("tens") << qint64(42000) << QStringLiteral("42 s");
        QTest::newRow("minutes") << qint64(245000) << QStringLiteral("4 min 5 s");
        QTest::newRow("hours") << qint64(3720000) << QStringLiteral("1 h 2 min");
        QTest::newRow("unknown") << qint64(-1) << QString();
    }
    void durations()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(DisplayText::duration(ms), text);
    }

    void relativeTimes()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QDateTime now(QDate(2024, 5, 1), QTime(12, 0));
        QCOMPARE(DisplayText::relativeTime(now.addSecs(-10), now), QStringLiteral("just now"));
        QCOMPARE(DisplayText::relativeTime(now.addSecs(-300), now), QStringLiteral("5 min ago"));
        QCOMPARE(DisplayText::relativeTime(now.addSecs(-3 * 3600), now),
                 QStringLiteral("today 09:00"));
        QCOMPARE(DisplayText::relativeTime(now.addDays(-1), now),
                 QStringLiteral("yesterday 12:00"));
        QVERIFY(DisplayText::relativeTime(QDateTime(), now).isEmpty());
    }

    void counts()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QJsonObject counts{
            {QStringLiteral("users"),
             QJsonObject{{QStringLiteral("created"), 1200},
                         {QStringLiteral("updated"), 3},
                         {QStringLiteral("failed"), 2},
                         {QStringLiteral("unchanged"), 9}}},
            {QStringLiteral("departments"), QJsonObject{{QStringLiteral("created"), 5}}}};
        QCOMPARE(DisplayText::countOf(counts, QStringLiteral("created")), 1205);
        QCOMPARE(DisplayText::countsShort(counts),
                 QStringLiteral("1,205 created · 3 updated · 2 failed"));
        const QJsonObject quiet{
            {QStringLiteral("users"), QJsonObject{{QStringLiteral("unchanged"), 9}}}};
        QCOMPARE(DisplayText::countsShort(quiet), QStringLiteral("no changes"));
        QVERIFY(DisplayText::countsDetail(counts).contains(QStringLiteral("Users: 1,200 created")));
    }

    void csvQuoting()
    {
        QCOMPARE(TaskResultExport::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(TaskResultExport::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(TaskResultExport::csvField(QStringLiteral("say \"hi\"")),
                 QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(TaskResultExport::csvField(QStringLiteral("two\nlines")),
                 QStringLiteral("\"two\nlines\""));
    }
};

QTEST_GUILESS_MAIN(TestModelHelpers)
#include "tst_model_helpers.moc"
