// The logs: what the system log and the raw-record log write (also from several threads at
// once), which files retention removes, and how LogReader reads, filters and follows them.
#include "logs/logcontext.h"
#include "logs/logentry.h"
#include "logs/logfiles.h"
#include "logs/logfilter.h"
#include "logs/logreader.h"
#include "logs/logretention.h"
#include "logs/logretentiontimer.h"
#include "logs/rawrecordlog.h"
#include "logs/systemlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <cstdio>
#include <fcntl.h>
#include <memory>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcTestSync, "usersync.test.sync")
// Debug is off for this one, so its debug lines never reach the handler.
Q_LOGGING_CATEGORY(lcTestQuiet, "usersync.test.quiet", QtInfoMsg)

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Every line of every dated file in dir, oldest first. A file must end with a newline: a line is
// written whole or not at all.
QList<QByteArray> readLines(const QString &dir, bool *wellTerminated)
{
    QList<QByteArray> lines;
    *wellTerminated = true;
    for (const QString &path : LogFiles::datedFiles(dir)) {
        const QByteArray content = readAll(path);
        if (!content.endsWith('\n'))
            *wellTerminated = false;
        QList<QByteArray> parts = content.split('\n');
        parts.removeLast();
        lines += parts;
    }
    return lines;
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(file.write(content), content.size());
}

void appendFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Append), qPrintable(path));
    QCOMPARE(file.write(content), content.size());
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

// Points stderr at a file for a while, to see what the handler prints there.
class StderrCapture
{
public:
    explicit StderrCapture(const QString &path)
        : m_path(path)
    {
        std::fflush(stderr);
        m_saved = ::dup(STDERR_FILENO);
        const int fd =
            ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        ::dup2(fd, STDERR_FILENO);
        ::close(fd);
    }
    ~StderrCapture() { finish(); }

    QByteArray finish()
    {
        if (m_saved >= 0) {
            std::fflush(stderr);
            ::dup2(m_saved, STDERR_FILENO);
            ::close(m_saved);
            m_saved = -1;
        }
        return readAll(m_path);
    }

private:
    QString m_path;
    int m_saved = -1;
};

// Puts QtTest's own handler back even when a check fails half-way.
struct SystemLogGuard
{
    ~SystemLogGuard() { SystemLog::uninstall(); }
};

QString localIso(const QDate &date, const QTime &time)
{
    const QDateTime local(date, time);
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

QByteArray systemLine(const QDate &date, const QTime &time, const char *level, const char *category,
                      const QString &message, const char *source, const char *batch)
{
    const QJsonObject object{
        {"time", localIso(date, time)}, {"level", level},   {"category", category},
        {"message", message},           {"source", source}, {"batch", batch}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QJsonObject userData(const QString &dataType, int count, const QString &tag = {})
{
    QJsonArray records;
    for (int i = 0; i < count; ++i)
        records.append(QJsonObject{{"uid", QStringLiteral("%1-%2").arg(tag).arg(i)}});
    return QJsonObject{{"dataType", dataType}, {"records", records}};
}

// A few KB of records per call, with text that must survive as UTF-8.
QJsonObject rawData(const QString &source, int sequence)
{
    QJsonArray records;
    for (int i = 0; i < 3; ++i)
        records.append(
            QJsonObject{{"uid", QStringLiteral("%1-%2-%3").arg(source).arg(sequence).arg(i)},
                        {"nickname", QStringLiteral("Zoë 张 %1").arg(i)},
                        {"padding", QString(1500, QLatin1Char('x'))},
                        {"departments", QJsonArray{QJsonObject{{"uid", "d1"}, {"isMain", true}}}}});
    return QJsonObject{
        {"dataType", "user"}, {"sourceName", source}, {"sequence", sequence}, {"records", records}};
}

const QStringList SystemKeys = {"batch", "category", "level", "message", "source", "time"};
const QStringList RawKeys = {"batch", "data", "level", "source", "sourceType", "timestamp"};

} // namespace

class TestLogs : public QObject
{
    Q_OBJECT

private slots:
    void contextScopesNestAndStayOnTheirThread()
    {
        QVERIFY(LogContext::source().isEmpty());
        QVERIFY(LogContext::batch().isEmpty());
        {
            LogContext::Scope outer("hr", "B1");
            QCOMPARE(LogContext::source(), QString("hr"));
            QCOMPARE(LogContext::batch(), QString("B1"));
            {
                LogContext::Scope inner("ldap", QString());
                QCOMPARE(LogContext::source(), QString("ldap"));
                QVERIFY(LogContext::batch().isEmpty());
            }
            QCOMPARE(LogContext::source(), QString("hr"));
            QCOMPARE(LogContext::batch(), QString("B1"));

            QString seenElsewhere = "unset";
            std::unique_ptr<QThread> other(
                QThread::create([&seenElsewhere] { seenElsewhere = LogContext::source(); }));
            other->start();
            QVERIFY(other->wait(10000));
            QCOMPARE(seenElsewhere, QString());
        }
        QVERIFY(LogContext::source().isEmpty());
        QVERIFY(LogContext::batch().isEmpty());
    }

    void systemLogFromTwoThreads()
    {
        QTemporaryDir temp;
        const QString dir = temp.filePath("logs/system"); // does not exist yet
        SystemLogGuard guard;
        SystemLog::install(dir, false);
        QVERIFY(SystemLog::isInstalled());
        QCOMPARE(SystemLog::currentFile(),
                 QDir(dir).filePath(LogFiles::fileName(QDate::currentDate())));

        constexpr int perThread = 500;
        const auto work = [](const QString &source, const QString &batch) {
            LogContext::Scope scope(source, batch);
            for (int i = 0; i < perThread; ++i) {
                if (i % 2)
                    qCWarning(lcTestSync, "line %d of %s", i, qPrintable(source));
                else
                    qCInfo(lcTestSync, "line %d of %s", i, qPrintable(source));
            }
        };
        std::unique_ptr<QThread> hr(QThread::create(work, QString("hr"), QString("B-hr")));
        std::unique_ptr<QThread> ldap(QThread::create(work, QString("ldap"), QString("B-ldap")));
        hr->start();
        ldap->start();
        qWarning("outside any scope");
        qCDebug(lcTestQuiet, "filtered out");
        qCDebug(lcTestSync, "debug is enabled here");
        QVERIFY(hr->wait(60000));
        QVERIFY(ldap->wait(60000));
        SystemLog::uninstall();
        QVERIFY(!SystemLog::isInstalled());
        QVERIFY(SystemLog::currentFile().isEmpty());
        qInfo("after uninstall: not in the file");

        bool terminated = false;
        const QList<QByteArray> lines = readLines(dir, &terminated);
        QVERIFY(terminated);
        // Debug for the test category is on unless QT_LOGGING_RULES says otherwise.
        const bool debugOn = lcTestSync().isDebugEnabled();
        QCOMPARE(lines.size(), 2 * perThread + 1 + (debugOn ? 1 : 0));

        const QRegularExpression timeShape(
            R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$)");
        const QRegularExpression threadLine(R"(^line (\d+) of (hr|ldap)$)");
        QHash<QString, QSet<int>> seen;
        bool sawUnscoped = false, sawDebug = false;
        for (const QByteArray &line : lines) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(line, &error);
            QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(), line);
            const QJsonObject object = document.object();
            QCOMPARE(sortedKeys(object), SystemKeys);
            const QString time = object.value("time").toString();
            QVERIFY2(timeShape.match(time).hasMatch(), qPrintable(time));
            QVERIFY(QDateTime::fromString(time, Qt::ISODateWithMs).isValid());
            const QString message = object.value("message").toString();
            const QString level = object.value("level").toString();
            const QString category = object.value("category").toString();
            const QString source = object.value("source").toString();
            const QString batch = object.value("batch").toString();
            if (const auto match = threadLine.match(message); match.hasMatch()) {
                const int index = match.captured(1).toInt();
                QCOMPARE(category, QString("usersync.test.sync"));
                QCOMPARE(source, match.captured(2));
                QCOMPARE(batch, "B-" + source);
                QCOMPARE(level, QString(index % 2 ? "warning" : "info"));
                QVERIFY2(!seen[source].contains(index), line);
                seen[source].insert(index);
            } else if (message == "outside any scope") {
                QCOMPARE(level, QString("warning"));
                QCOMPARE(category, QString("default"));
                QCOMPARE(source, QString());
                QCOMPARE(batch, QString());
                sawUnscoped = true;
            } else if (message == "debug is enabled here") {
                QCOMPARE(level, QString("debug"));
                QCOMPARE(category, QString("usersync.test.sync"));
                sawDebug = true;
            } else {
                QFAIL(line.constData());
            }
        }
        QCOMPARE(seen.value("hr").size(), perThread);
        QCOMPARE(seen.value("ldap").size(), perThread);
        QVERIFY(sawUnscoped);
        QCOMPARE(sawDebug, debugOn);

        // The reader sees the same lines.
        LogFilter filter;
        filter.source = "ldap";
        filter.minimumLevel = "warning";
        int warnings = 0;
        const qint64 skipped =
            LogReader(dir, LogEntry::System).forEach(filter, [&](const LogEntry &e) {
                ++warnings;
                return e.batch == "B-ldap" && e.category == "usersync.test.sync";
            });
        QCOMPARE(skipped, 0);
        QCOMPARE(warnings, perThread / 2);
    }

    void systemLogEchoesToStderr()
    {
        QTemporaryDir temp;
        const QString dir = temp.filePath("system");
        QByteArray printed;
        {
            StderrCapture capture(temp.filePath("stderr.txt"));
            SystemLogGuard guard;
            SystemLog::install(dir, true);
            qCWarning(lcTestSync, "echoed");
            qCInfo(lcTestSync, "also echoed");
            SystemLog::uninstall();
            printed = capture.finish();
        }
        QVERIFY2(printed.contains("warning: echoed\n"), printed);
        QVERIFY2(printed.contains("info: also echoed\n"), printed);
        bool terminated = false;
        const QList<QByteArray> lines = readLines(dir, &terminated);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).contains("\"message\":\"echoed\""));
    }

    void systemLogFallsBackToStderrOnce()
    {
        QTemporaryDir temp;
        writeFile(temp.filePath("blocker"), "a file, so no folder can be made under it");
        const QString dir = temp.filePath("blocker/system");
        QByteArray printed;
        {
            StderrCapture capture(temp.filePath("stderr.txt"));
            SystemLogGuard guard;
            SystemLog::install(dir, false);
            qWarning("first");
            qInfo("second");
            SystemLog::uninstall();
            printed = capture.finish();
        }
        QCOMPARE(printed.count("The system log cannot be written"), 1);
        QVERIFY2(printed.contains(QDir::toNativeSeparators(dir).toUtf8()), printed);
        QVERIFY2(printed.contains("warning: first\n"), printed);
        QVERIFY2(printed.contains("info: second\n"), printed);
        QVERIFY(!QFileInfo::exists(dir));
    }

    void rawLogFromTwoThreads()
    {
        QTemporaryDir temp;
        const QString dir = temp.filePath("logs/user-data-sync");
        RawRecordLog log(dir);
        QCOMPARE(log.currentFile(), QDir(dir).filePath(LogFiles::fileName(QDate::currentDate())));

        constexpr int perThread = 200;
        const auto work = [&log](const QString &source, const QString &batch) {
            for (int i = 0; i < perThread; ++i)
                log.append(i % 10 ? "info" : "error", source, "api", batch, rawData(source, i));
        };
        std::unique_ptr<QThread> hr(QThread::create(work, QString("hr"), QString("B-hr")));
        // A push refused before a task exists has no batch.
        std::unique_ptr<QThread> api(QThread::create(work, QString("api"), QString()));
        hr->start();
        api->start();
        QVERIFY(hr->wait(60000));
        QVERIFY(api->wait(60000));

        bool terminated = false;
        const QList<QByteArray> lines = readLines(dir, &terminated);
        QVERIFY(terminated);
        QCOMPARE(lines.size(), 2 * perThread);
        const QRegularExpression timestampShape(R"(^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$)");
        QHash<QString, QSet<int>> seen;
        for (const QByteArray &line : lines) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(line, &error);
            QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(),
                     line.left(200));
            const QJsonObject object = document.object();
            QCOMPARE(sortedKeys(object), RawKeys);
            const QString timestamp = object.value("timestamp").toString();
            QVERIFY2(timestampShape.match(timestamp).hasMatch(), qPrintable(timestamp));
            const QString source = object.value("source").toString();
            const QJsonObject data = object.value("data").toObject();
            const int sequence = data.value("sequence").toInt(-1);
            QCOMPARE(data, rawData(source, sequence));
            QCOMPARE(object.value("batch").toString(), QString(source == "hr" ? "B-hr" : ""));
            QCOMPARE(object.value("sourceType").toString(), QString("api"));
            QCOMPARE(object.value("level").toString(), QString(sequence % 10 ? "info" : "error"));
            QVERIFY(!seen[source].contains(sequence));
            seen[source].insert(sequence);

            const std::optional<LogEntry> entry = LogReader::parseLine(line, LogEntry::Raw);
            QVERIFY(entry);
            QCOMPARE(entry->message, QString("user ×3"));
            QCOMPARE(entry->data.toObject(), data);
            QCOMPARE(entry->time.toString("yyyy-MM-dd HH:mm:ss"), timestamp);
        }
        QCOMPARE(seen.value("hr").size(), perThread);
        QCOMPARE(seen.value("api").size(), perThread);
    }

    void rawLogKeepsItsShape()
    {
        const QDateTime time(QDate(2024, 3, 2), QTime(8, 0, 5));
        const QByteArray line = RawRecordLog::formatLine("info", "hr", "api", QString(),
                                                         QJsonValue(QJsonValue::Undefined), time);
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        QCOMPARE(sortedKeys(object), RawKeys);
        QVERIFY(object.value("data").isNull());
        QCOMPARE(object.value("timestamp").toString(), QString("2024-03-02 08:00:05"));
        QVERIFY(!line.contains('\n'));
    }

    void rawLogWarnsOnceAndRecovers()
    {
        QTemporaryDir temp;
        const QString blocker = temp.filePath("blocker");
        writeFile(blocker, "a file, so no folder can be made under it");
        RawRecordLog log(temp.filePath("blocker/raw"));
        const QRegularExpression warning("raw-record log cannot be written");
        QTest::ignoreMessage(QtWarningMsg, warning);
        QTest::failOnWarning(warning); // a second warning would fail the test
        log.append("info", "hr", "api", "B1", userData("user", 1));
        log.append("info", "hr", "api", "B1", userData("user", 2));

        QVERIFY(QFile::remove(blocker));
        log.append("info", "hr", "api", "B1", userData("user", 3));
        bool terminated = false;
        const QList<QByteArray> lines = readLines(temp.filePath("blocker/raw"), &terminated);
        QCOMPARE(lines.size(), 1);
        QVERIFY(terminated);
    }

    void retentionKeepsTheLastDays()
    {
        QTemporaryDir temp;
        const QString system = temp.filePath("system");
        const QString raw = temp.filePath("raw");
        QVERIFY(QDir().mkpath(system));
        QVERIFY(QDir().mkpath(raw));
        // Fixed date: the 14 days kept reach back across the end of a leap February.
        const QDate today(2024, 3, 10);
        for (int back = 0; back <= 20; ++back)
            writeFile(QDir(system).filePath(LogFiles::fileName(today.addDays(-back))), "{}\n");
        for (const int back : {13, 14, 400})
            writeFile(QDir(raw).filePath(LogFiles::fileName(today.addDays(-back))), "{}\n");
        const QStringList others = {"notes.txt", "2020-13-45.log", "2020-01-01.log.bak",
                                    "x2020-01-01.log", "2020-1-01.log"};
        for (const QString &name : others)
            writeFile(QDir(system).filePath(name), "keep me\n");
        QVERIFY(QDir(system).mkdir("2000-01-01.log")); // a folder, not a log file

        QCOMPARE(LogRetention::firstKeptDate(14, today), QDate(2024, 2, 26));
        // system: 14..20 days back (7 files); raw: 14 and 400 days back.
        QCOMPARE(LogRetention::apply({system, raw}, 14, today), 7 + 2);

        QStringList expected;
        for (int back = 13; back >= 0; --back)
            expected.append(LogFiles::fileName(today.addDays(-back)));
        QStringList remaining;
        for (const QString &path : LogFiles::datedFiles(system))
            remaining.append(QFileInfo(path).fileName());
        QCOMPARE(remaining, expected);
        QCOMPARE(remaining.first(), QString("2024-02-26.log"));
        for (const QString &name : others)
            QVERIFY2(QFileInfo::exists(QDir(system).filePath(name)), qPrintable(name));
        QVERIFY(QFileInfo(QDir(system).filePath("2000-01-01.log")).isDir());
        QCOMPARE(QDir(raw).entryList(QDir::Files),
                 QStringList{LogFiles::fileName(today.addDays(-13))});

        QCOMPARE(LogRetention::apply({system, raw}, 14, today), 0); // nothing left to do
        // keepDays below 1 keeps today only.
        QCOMPARE(LogRetention::apply({system}, 0, today), 13);
        QCOMPARE(LogRetention::apply({system}, -3, today), 0);
        QCOMPARE(LogFiles::datedFiles(system).size(), 1);
        QVERIFY(QFileInfo::exists(QDir(system).filePath(LogFiles::fileName(today))));
    }

    void retentionDefaultsToToday()
    {
        QTemporaryDir temp;
        const QDate today = QDate::currentDate();
        for (const int back : {0, 13, 14})
            writeFile(temp.filePath(LogFiles::fileName(today.addDays(-back))), "{}\n");
        QCOMPARE(LogRetention::apply({temp.path()}, 14), 1);
        QVERIFY(!QFileInfo::exists(temp.filePath(LogFiles::fileName(today.addDays(-14)))));
    }

    void retentionTimerRunsNowAndAfterMidnight()
    {
        QTemporaryDir temp;
        const QDate today = QDate::currentDate();
        const QString old = temp.filePath(LogFiles::fileName(today.addDays(-30)));
        const QString current = temp.filePath(LogFiles::fileName(today));
        writeFile(old, "{}\n");
        writeFile(current, "{}\n");

        const QDateTime before = QDateTime::currentDateTime();
        LogRetentionTimer timer({temp.path()}, 14);
        QVERIFY(!QFileInfo::exists(old)); // applied at construction
        QVERIFY(QFileInfo::exists(current));
        QCOMPARE(timer.keepDays(), 14);
        QCOMPARE(timer.nextRun().time(), QTime(0, 1));
        QVERIFY(timer.nextRun() > before);
        QVERIFY(before.secsTo(timer.nextRun()) <= 24 * 3600 + 60);
        QVERIFY(timer.remainingTime() > 0);
        QVERIFY(timer.remainingTime() <= (24 * 3600 + 60) * 1000);

        QSignalSpy applied(&timer, &LogRetentionTimer::applied);
        writeFile(temp.filePath(LogFiles::fileName(today.addDays(-20))), "{}\n");
        QCOMPARE(timer.applyNow(), 1);
        QCOMPARE(applied.size(), 1);
        QCOMPARE(applied.at(0).at(0).toInt(), 1);

        const QDate day(2024, 12, 31);
        QCOMPARE(LogRetentionTimer::nextRunAfter(QDateTime(day, QTime(15, 0))),
                 QDateTime(QDate(2025, 1, 1), QTime(0, 1)));
        QCOMPARE(LogRetentionTimer::nextRunAfter(QDateTime(day, QTime(0, 0, 30))),
                 QDateTime(day, QTime(0, 1)));
        QCOMPARE(LogRetentionTimer::nextRunAfter(QDateTime(day, QTime(0, 1))),
                 QDateTime(QDate(2025, 1, 1), QTime(0, 1)));
    }

    void readerFilters_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("batch");
        QTest::addColumn<QDate>("since");
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("messages");
        QTest::addColumn<qint64>("skipped");

        const QStringList all = {"store opened", "record u1 failed", "page 1 applied",
                                 "Ldap Bind refused", "push from Zoë accepted"};
        // 3 garbage lines on 03-01, 2 on 03-02, 1 on 03-03.
        QTest::newRow("everything") << ""
                                    << ""
                                    << "" << QDate() << ""
                                    << "" << all << qint64(6);
        QTest::newRow("kind system") << "system"
                                     << ""
                                     << "" << QDate() << ""
                                     << "" << all << qint64(6);
        QTest::newRow("kind raw") << "raw"
                                  << ""
                                  << "" << QDate() << ""
                                  << "" << QStringList() << qint64(0);
        // The 03-01 file holds only garbage; skipped = 3 proves it was not opened.
        QTest::newRow("since skips older files") << ""
                                                 << ""
                                                 << "" << QDate(2024, 3, 2) << ""
                                                 << "" << all << qint64(3);
        QTest::newRow("since 03-03")
            << ""
            << ""
            << "" << QDate(2024, 3, 3) << ""
            << "" << QStringList{"Ldap Bind refused", "push from Zoë accepted"} << qint64(1);
        QTest::newRow("source") << ""
                                << "hr"
                                << "" << QDate() << ""
                                << "" << QStringList{"record u1 failed", "page 1 applied"}
                                << qint64(6);
        QTest::newRow("batch") << ""
                               << ""
                               << "B2" << QDate() << ""
                               << "" << QStringList{"Ldap Bind refused"} << qint64(6);
        QTest::newRow("level warning")
            << ""
            << ""
            << "" << QDate() << "warning"
            << "" << QStringList{"record u1 failed", "Ldap Bind refused"} << qint64(6);
        QTest::newRow("level critical") << ""
                                        << ""
                                        << "" << QDate() << "critical"
                                        << "" << QStringList{"Ldap Bind refused"} << qint64(6);
        QTest::newRow("level debug") << ""
                                     << ""
                                     << "" << QDate() << "debug"
                                     << "" << all << qint64(6);
        QTest::newRow("text ignores case")
            << ""
            << ""
            << "" << QDate() << ""
            << "LDAP BIND" << QStringList{"Ldap Bind refused"} << qint64(6);
        QTest::newRow("text non-ASCII")
            << ""
            << ""
            << "" << QDate() << ""
            << "ZOË" << QStringList{"push from Zoë accepted"} << qint64(6);
        QTest::newRow("text in the line only")
            << ""
            << ""
            << "" << QDate() << ""
            << "Sync.HTTP" << QStringList{"push from Zoë accepted"} << qint64(6);
        QTest::newRow("text in batch")
            << ""
            << ""
            << "" << QDate() << ""
            << "b1" << QStringList{"record u1 failed", "page 1 applied"} << qint64(6);
        QTest::newRow("source and level") << ""
                                          << "hr"
                                          << "" << QDate() << "warning"
                                          << "" << QStringList{"record u1 failed"} << qint64(6);
        QTest::newRow("nothing") << ""
                                 << "nobody"
                                 << "" << QDate() << ""
                                 << "" << QStringList() << qint64(6);
    }

    void readerFilters()
    {
        QFETCH(QString, kind);
        QFETCH(QString, source);
        QFETCH(QString, batch);
        QFETCH(QDate, since);
        QFETCH(QString, level);
        QFETCH(QString, text);
        QFETCH(QStringList, messages);
        QFETCH(qint64, skipped);

        QTemporaryDir temp;
        const QDate d1(2024, 3, 1), d2(2024, 3, 2), d3(2024, 3, 3);
        writeFile(temp.filePath("2024-03-01.log"), "garbage\nmore garbage\n{\"time\":\n");
        writeFile(temp.filePath("2024-03-02.log"),
                  systemLine(d2, QTime(9, 0), "info", "default", "store opened", "", "")
                      + systemLine(d2, QTime(9, 1), "warning", "usersync.sync", "record u1 failed",
                                   "hr", "B1")
                      + "{not json\n" + "\n"
                      + R"({"time":"yesterday","level":"info","message":"bad time"})" + "\n"
                      + systemLine(d2, QTime(9, 2), "debug", "usersync.sync", "page 1 applied",
                                   "hr", "B1"));
        writeFile(temp.filePath("2024-03-03.log"),
                  systemLine(d3, QTime(10, 0), "critical", "usersync.sync", "Ldap Bind refused",
                             "ldap", "B2")
                      + "[1, 2, 3]\r\n"
                      + systemLine(d3, QTime(10, 1), "info", "usersync.http",
                                   "push from Zoë accepted", "api", ""));
        writeFile(temp.filePath("notes.txt"), "not a log\n");
        writeFile(temp.filePath("2020-13-45.log"), "not a log either\n");
        Q_UNUSED(d1);

        const LogReader reader(temp.path(), LogEntry::System);
        QCOMPARE(reader.files(),
                 (QStringList{temp.filePath("2024-03-01.log"), temp.filePath("2024-03-02.log"),
                              temp.filePath("2024-03-03.log")}));
        LogFilter filter;
        filter.kind = kind;
        filter.source = source;
        filter.batch = batch;
        filter.since = since;
        filter.minimumLevel = level;
        filter.text = text;
        QStringList seen;
        const qint64 skippedLines = reader.forEach(filter, [&](const LogEntry &entry) {
            seen.append(entry.message);
            return true;
        });
        QCOMPARE(seen, messages);
        QCOMPARE(skippedLines, skipped);
    }

    void readerStopsWhenAsked()
    {
        QTemporaryDir temp;
        QByteArray content;
        for (int i = 0; i < 10; ++i)
            content += systemLine(QDate(2024, 3, 2), QTime(9, i), "info", "default",
                                  QString::number(i), "", "");
        writeFile(temp.filePath("2024-03-02.log"), content);
        int visits = 0;
        LogReader(temp.path(), LogEntry::System).forEach({}, [&](const LogEntry &) {
            return ++visits < 3;
        });
        QCOMPARE(visits, 3);
    }

    void readerParsesRawLines()
    {
        const QDateTime time(QDate(2024, 3, 2), QTime(8, 0));
        const QByteArray ours = RawRecordLog::formatLine("info", "hr", "ldap", "B1",
                                                         userData("department", 5, "d"), time);
        std::optional<LogEntry> entry = LogReader::parseLine(ours + '\n', LogEntry::Raw);
        QVERIFY(entry);
        QCOMPARE(entry->kind, LogEntry::Raw);
        QCOMPARE(entry->time, time);
        QCOMPARE(entry->level, QString("info"));
        QCOMPARE(entry->source, QString("hr"));
        QCOMPARE(entry->sourceType, QString("ldap"));
        QCOMPARE(entry->batch, QString("B1"));
        QCOMPARE(entry->message, QString("department ×5"));
        QCOMPARE(entry->data.toObject(), userData("department", 5, "d"));
        QCOMPARE(entry->line, ours);

        const QJsonArray pulled{userData("department", 2), userData("user", 1000)};
        entry = LogReader::parseLine(
            RawRecordLog::formatLine("info", "hr", "ldap", "B1", pulled, time), LogEntry::Raw);
        QVERIFY(entry);
        QCOMPARE(entry->message, QString("department ×2, user ×1000"));

        // NocoBase's own lines nest the fields under "message".
        entry = LogReader::parseLine(
            R"({"level":"info","message":{"source":"api","sourceType":"api","data":{"dataType":"user","records":[{"uid":"u1"}]}},"timestamp":"2024-03-02 08:05:00"})",
            LogEntry::Raw);
        QVERIFY(entry);
        QCOMPARE(entry->source, QString("api"));
        QCOMPARE(entry->sourceType, QString("api"));
        QVERIFY(entry->batch.isEmpty());
        QCOMPARE(entry->message, QString("user ×1"));
        QCOMPARE(entry->time, QDateTime(QDate(2024, 3, 2), QTime(8, 5)));

        // Data that is not UserData is summarised by its beginning.
        entry = LogReader::parseLine(
            RawRecordLog::formatLine("error", "api", "api", "", QJsonObject{{"records", 5}}, time),
            LogEntry::Raw);
        QVERIFY(entry);
        QCOMPARE(entry->message, QString(R"({"records":5})"));

        QVERIFY(!LogReader::parseLine(
            R"({"level":"info","timestamp":"2024-02-30 10:00:00","data":null})", LogEntry::Raw));
        QVERIFY(!LogReader::parseLine(R"({"level":"info","data":null})", LogEntry::Raw));
        QVERIFY(!LogReader::parseLine("[]", LogEntry::Raw));
        QVERIFY(!LogReader::parseLine("", LogEntry::Raw));
        QVERIFY(!LogReader::parseLine(ours, "unknown kind"));
        // A system line read as raw has no timestamp.
        QVERIFY(!LogReader::parseLine(
            systemLine(time.date(), time.time(), "info", "default", "x", "", ""), LogEntry::Raw));

        LogFilter filter;
        filter.minimumLevel = "critical"; // NocoBase's "error" counts as critical
        QVERIFY(!filter.matches(*LogReader::parseLine(ours, LogEntry::Raw)));
        QVERIFY(filter.matches(*entry));
        QCOMPARE(LogFilter::levelRank("warn"), LogFilter::levelRank("warning"));
        QCOMPARE(LogFilter::levelRank("verbose"), -1);
    }

    void readChunkFollowsAGrowingFile()
    {
        QTemporaryDir temp;
        const QString path = temp.filePath("2024-03-02.log");
        const QDateTime time(QDate(2024, 3, 2), QTime(8, 0));
        const QByteArray first =
            RawRecordLog::formatLine("info", "hr", "api", "B1", userData("user", 1), time) + '\n';
        const QByteArray second =
            RawRecordLog::formatLine("info", "ldap", "ldap", "B2", userData("user", 2), time)
            + '\n';
        const QByteArray third =
            RawRecordLog::formatLine("info", "hr", "api", "B3", userData("user", 3), time) + '\n';
        const qsizetype half = third.size() / 2;
        writeFile(path, first + second + third.left(half));

        LogReader::Chunk chunk = LogReader::readChunk(path, 0, 1 << 20, {}, LogEntry::Raw);
        QCOMPARE(chunk.entries.size(), 2);
        QCOMPARE(chunk.entries.at(0).batch, QString("B1"));
        QCOMPARE(chunk.entries.at(1).batch, QString("B2"));
        QCOMPARE(chunk.nextOffset, qint64(first.size() + second.size()));
        QVERIFY(chunk.atEnd);
        QCOMPARE(chunk.skipped, 0);

        // forEach shows the complete lines and does not call the unfinished one garbage.
        int complete = 0;
        QCOMPARE(LogReader(temp.path(), LogEntry::Raw)
                     .forEach({},
                              [&](const LogEntry &) {
                                  ++complete;
                                  return true;
                              }),
                 0);
        QCOMPARE(complete, 2);

        // Nothing new yet: same place.
        chunk = LogReader::readChunk(path, chunk.nextOffset, 1 << 20, {}, LogEntry::Raw);
        QVERIFY(chunk.entries.isEmpty());
        QCOMPARE(chunk.nextOffset, qint64(first.size() + second.size()));
        QVERIFY(chunk.atEnd);

        // The writer finishes the line.
        appendFile(path, third.mid(half));
        chunk = LogReader::readChunk(path, chunk.nextOffset, 1 << 20, {}, LogEntry::Raw);
        QCOMPARE(chunk.entries.size(), 1);
        QCOMPARE(chunk.entries.at(0).batch, QString("B3"));
        QCOMPARE(chunk.entries.at(0).message, QString("user ×3"));
        QCOMPARE(chunk.nextOffset, QFileInfo(path).size());
        QVERIFY(chunk.atEnd);
    }

    void readChunkIsBounded()
    {
        QTemporaryDir temp;
        const QString path = temp.filePath("2024-03-02.log");
        const QDateTime time(QDate(2024, 3, 2), QTime(8, 0));
        QList<QByteArray> lines;
        for (int i = 0; i < 5; ++i)
            lines.append(RawRecordLog::formatLine("info", i % 2 ? "ldap" : "hr", "api",
                                                  QStringLiteral("B%1").arg(i),
                                                  userData("user", i + 1), time)
                         + '\n');
        writeFile(path, lines.join());

        // One byte asks for one line: at most maxBytes plus the line that crosses it.
        LogReader::Chunk chunk = LogReader::readChunk(path, 0, 1, {}, LogEntry::Raw);
        QCOMPARE(chunk.entries.size(), 1);
        QCOMPARE(chunk.nextOffset, qint64(lines.at(0).size()));
        QVERIFY(!chunk.atEnd);

        // maxBytes just past one line: two lines.
        chunk = LogReader::readChunk(path, 0, lines.at(0).size() + 1, {}, LogEntry::Raw);
        QCOMPARE(chunk.entries.size(), 2);
        QVERIFY(!chunk.atEnd);

        // A filter drops entries but the offset still moves past them.
        LogFilter filter;
        filter.source = "ldap";
        qint64 offset = 0;
        QStringList batches;
        int calls = 0;
        for (bool atEnd = false; !atEnd && calls < 100; ++calls) {
            chunk = LogReader::readChunk(path, offset, 1, filter, LogEntry::Raw);
            for (const LogEntry &entry : std::as_const(chunk.entries))
                batches.append(entry.batch);
            offset = chunk.nextOffset;
            atEnd = chunk.atEnd;
        }
        QCOMPARE(calls, 5);
        QCOMPARE(batches, (QStringList{"B1", "B3"}));
        QCOMPARE(offset, QFileInfo(path).size());
    }

    void readChunkSkipsGarbage()
    {
        QTemporaryDir temp;
        const QString path = temp.filePath("2024-03-02.log");
        const QByteArray good =
            RawRecordLog::formatLine("info", "hr", "api", "B1", userData("user", 1),
                                     QDateTime(QDate(2024, 3, 2), QTime(0, 0)));
        writeFile(path, "garbage\n{\"level\":1}\n\n" + good + "\r\n");
        const LogReader::Chunk chunk = LogReader::readChunk(path, 0, 1 << 20, {}, LogEntry::Raw);
        QCOMPARE(chunk.entries.size(), 1);
        QCOMPARE(chunk.entries.at(0).line, good);
        QCOMPARE(chunk.skipped, 2);
        QVERIFY(chunk.atEnd);
        QCOMPARE(chunk.nextOffset, QFileInfo(path).size());

        const LogReader::Chunk missing =
            LogReader::readChunk(temp.filePath("2024-03-03.log"), 0, 1 << 20, {}, LogEntry::Raw);
        QVERIFY(missing.entries.isEmpty());
        QVERIFY(missing.atEnd);
        QCOMPARE(missing.nextOffset, 0);
    }
};

QTEST_GUILESS_MAIN(TestLogs)
#include "tst_logs.moc"
