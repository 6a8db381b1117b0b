// LogModel: filters, the raw-record log, following appended lines, and a big day read in
// steps with the newest MaxRows lines kept.
#include "logs/logentry.h"
#include "logs/logfiles.h"
#include "models/logmodel.h"
#include "models/modelroles.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {
QByteArray systemLine(const QDateTime &time, const QString &level, const QString &source,
                      const QString &batch, const QString &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("time"), time.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("level"), level},
                                     {QStringLiteral("category"), QStringLiteral("usersync.sync")},
                                     {QStringLiteral("message"), message},
                                     {QStringLiteral("source"), source},
                                     {QStringLiteral("batch"), batch}})
               .toJson(QJsonDocument::Compact)
        + '\n';
}

bool append(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::Append) && file.write(bytes) == bytes.size();
}
} // namespace

class TestModelLogs : public QObject
{
    Q_OBJECT

private slots:
    void filtersByBatchLevelAndText()
    {
        QTemporaryDir dir;
        const QString system = dir.filePath(QStringLiteral("system"));
        const QString raw = dir.filePath(QStringLiteral("raw"));
        const QDate yesterday = QDate::currentDate().addDays(-1);
        const QDateTime t(yesterday, QTime(10, 0));
        QByteArray lines;
        lines += systemLine(t, QStringLiteral("info"), QStringLiteral("hr"), QStringLiteral("B1"),
                            QStringLiteral("Task B1 started"));
        lines += systemLine(t.addSecs(1), QStringLiteral("warning"), QStringLiteral("hr"),
                            QStringLiteral("B1"), QStringLiteral("Task B1 failed: page 3"));
        lines += "not json at all\n";
        lines += systemLine(t.addSecs(2), QStringLiteral("info"), QStringLiteral("crm"),
                            QStringLiteral("B2"), QStringLiteral("Task B2 started"));
        QVERIFY(append(LogFiles::filePath(system, yesterday), lines));
        QVERIFY(append(LogFiles::filePath(system, QDate::currentDate()),
                       systemLine(QDateTime::currentDateTime(), QStringLiteral("info"), {}, {},
                                  QStringLiteral("UserSync started"))));
        const QJsonObject data{
            {QStringLiteral("dataType"), QStringLiteral("user")},
            {QStringLiteral("records"),
             QJsonArray{QJsonObject{{QStringLiteral("uid"), QStringLiteral("u1")}},
                        QJsonObject{{QStringLiteral("uid"), QStringLiteral("u2")}}}}};
        const QByteArray rawLine =
            QJsonDocument(QJsonObject{{QStringLiteral("level"), QStringLiteral("info")},
                                      {QStringLiteral("source"), QStringLiteral("hr")},
                                      {QStringLiteral("sourceType"), QStringLiteral("sample")},
                                      {QStringLiteral("batch"), QStringLiteral("B1")},
                                      {QStringLiteral("data"), data},
                                      {QStringLiteral("timestamp"),
                                       t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))}})
                .toJson(QJsonDocument::Compact)
            + '\n';
        QVERIFY(append(LogFiles::filePath(raw, yesterday), rawLine));

        LogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDirectories(system, raw);
        model.setFollowing(false);
        QSignalSpy loaded(&model, &LogModel::loaded);
        model.setFilter(LogFilter{});
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 4); // the bad line is skipped
        QCOMPARE(model.sourcesSeen(), (QStringList{QStringLiteral("crm"), QStringLiteral("hr")}));

        LogFilter batch;
        batch.batch = QStringLiteral("B1");
        model.setFilter(batch);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 2);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, LogModel::Batch).data().toString(), QStringLiteral("B1"));
        QCOMPARE(model.index(1, LogModel::Level).data(ModelRoles::Level).toString(),
                 QStringLiteral("warning"));

        LogFilter level;
        level.minimumLevel = QStringLiteral("warning");
        model.setFilter(level, yesterday);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 1);
        LogFilter text;
        text.text = QStringLiteral("usersync started");
        model.setFilter(text, QDate::currentDate());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 1);

        LogFilter rawFilter;
        rawFilter.kind = LogEntry::Raw;
        model.setFilter(rawFilter);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, LogModel::Message).data().toString(), QStringLiteral("user ×2"));
        QCOMPARE(model.index(0, LogModel::Origin).data().toString(), QStringLiteral("sample"));
        QCOMPARE(model.headerData(LogModel::Message, Qt::Horizontal).toString(),
                 QStringLiteral("Records"));
        // The whole line, indented, read again from the file.
        QSignalSpy line(&model, &LogModel::lineReady);
        model.requestLine(0);
        QVERIFY(line.wait(10000));
        QVERIFY(line.constFirst().at(2).toString().contains(QStringLiteral("\"uid\": \"u2\"")));
    }

    void followsAppendedLines()
    {
        QTemporaryDir dir;
        const QString system = dir.filePath(QStringLiteral("system"));
        const QString today = LogFiles::filePath(system, QDate::currentDate());
        QVERIFY(append(today,
                       systemLine(QDateTime::currentDateTime(), QStringLiteral("info"), {}, {},
                                  QStringLiteral("first"))));
        LogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDirectories(system, dir.filePath(QStringLiteral("raw")));
        model.setPollInterval(50);
        QSignalSpy loaded(&model, &LogModel::loaded);
        model.setFilter(LogFilter{});
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 1);
        // A line being written (no newline yet) waits until it is complete.
        QVERIFY(append(today,
                       QByteArray(systemLine(QDateTime::currentDateTime(), QStringLiteral("info"),
                                             {}, {}, QStringLiteral("second")))
                           .chopped(1)));
        QTest::qWait(300);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(append(today, "\n"));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 5000);
        QCOMPARE(model.index(1, LogModel::Message).data().toString(), QStringLiteral("second"));
        model.setFollowing(false);
        QVERIFY(append(today,
                       systemLine(QDateTime::currentDateTime(), QStringLiteral("info"), {}, {},
                                  QStringLiteral("third"))));
        QTest::qWait(300);
        QCOMPARE(model.rowCount(), 2);
        model.setFollowing(true);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, 5000);
    }

    void bigDayInStepsKeepsTheNewest()
    {
        QTemporaryDir dir;
        const QString system = dir.filePath(QStringLiteral("system"));
        const QDate day = QDate::currentDate().addDays(-2);
        const int total = LogModel::MaxRows + 20000;
        {
            QFile file(LogFiles::filePath(system, day));
            QDir().mkpath(system);
            QVERIFY(file.open(QIODevice::WriteOnly));
            const QDateTime start(day, QTime(0, 0));
            QByteArray chunk;
            for (int i = 0; i < total; ++i) {
                chunk +=
                    systemLine(start.addMSecs(i), QStringLiteral("info"), QStringLiteral("hr"),
                               QStringLiteral("B%1").arg(i % 7),
                               QStringLiteral("line %1 with some text to make it longer").arg(i));
                if (chunk.size() > (1 << 20)) {
                    file.write(chunk);
                    chunk.clear();
                }
            }
            file.write(chunk);
            QVERIFY(file.size() > 2 * LogModel::StepBytes); // several steps
        }
        LogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDirectories(system, dir.filePath(QStringLiteral("raw")));
        QSignalSpy progress(&model, &LogModel::progressChanged);
        QSignalSpy loaded(&model, &LogModel::loaded);
        int rowsBeforeLoaded = 0;
        connect(&model, &QAbstractItemModel::rowsInserted, this, [&]() {
            if (loaded.isEmpty())
                rowsBeforeLoaded = model.rowCount();
        });
        model.setFilter(LogFilter{});
        QVERIFY(loaded.wait(120000));
        QVERIFY(progress.size() > 2);
        QVERIFY(rowsBeforeLoaded > 0); // rows showed while the file was still being read
        QCOMPARE(model.rowCount(), LogModel::MaxRows);
        QCOMPARE(model.matchedCount(), total);
        QCOMPARE(model.bytesDone(), model.bytesTotal());
        QCOMPARE(model.index(model.rowCount() - 1, LogModel::Message).data().toString(),
                 QStringLiteral("line %1 with some text to make it longer").arg(total - 1));
    }
};

QTEST_GUILESS_MAIN(TestModelLogs)
#include "tst_model_logs.moc"
