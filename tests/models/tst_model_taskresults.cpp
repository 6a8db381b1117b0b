// TaskResultModel: the outcomes of a task, filtered by action, searched, paged, with the raw
// record of each; and the CSV/JSON export.
#include "engineharness.h"
#include "models/taskresultexport.h"
#include "models/taskresultmodel.h"
#include "testenv.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

class TestModelTaskResults : public QObject
{
    Q_OBJECT

private:
    // A push with 1,200 users, two of them clashing on e-mail (partial).
    static EngineHarness::Run pushUsers(EngineHarness &h)
    {
        QJsonArray records;
        for (int i = 0; i < 1200; ++i) {
            const QString email = i == 1199 ? QStringLiteral("u0@example.com")
                                            : QStringLiteral("u%1@example.com").arg(i);
            records.append(
                QJsonObject{{QStringLiteral("uid"),
                             i == 7 ? QStringLiteral("Özlem7") : QStringLiteral("u%1").arg(i)},
                            {QStringLiteral("nickname"), QStringLiteral("User %1").arg(i)},
                            {QStringLiteral("email"), email}});
        }
        return h.push(QJsonObject{{QStringLiteral("dataType"), QStringLiteral("user")},
                                  {QStringLiteral("sourceName"), QStringLiteral("hr")},
                                  {QStringLiteral("records"), records}});
    }

private slots:
    void filtersSearchesAndPages_data() { USERSYNC_ENGINE_ROWS(); }
    void filtersSearchesAndPages()
    {
        USERSYNC_ENGINE(h);
        const EngineHarness::Run run = pushUsers(h);
        QVERIFY(!run.refused && !run.timedOut);
        QCOMPARE(run.task.status, TaskStatus::Partial);

        TaskResultModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(h.database().config());
        QSignalSpy counts(&model, &TaskResultModel::countsChanged);
        TaskResultFilter filter{run.task.id, run.task.attempt, {}, {}};
        model.setFilter(filter);
        QTRY_VERIFY_WITH_TIMEOUT(model.totalCount() >= 0 && !model.isLoading(), 10000);
        const qint64 total = model.totalCount();
        QVERIFY2(total >= 1200, qPrintable(QString::number(total)));
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        }
        QCOMPARE(qint64(model.rowCount()), total);
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.result(row).id);
        QCOMPARE(qint64(ids.size()), total); // no page twice
        QCOMPARE(model.actionCounts().value(QStringLiteral("failed")), 1);

        filter.action = QStringLiteral("failed");
        model.setFilter(filter);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 10000);
        QCOMPARE(model.result(0).uid, QStringLiteral("u1199"));
        QVERIFY(model.index(0, TaskResultModel::Message)
                    .data()
                    .toString()
                    .contains(QStringLiteral("u0@example.com")));
        // The failed record was kept as it arrived.
        QSignalSpy record(&model, &TaskResultModel::recordReady);
        model.requestRecord(0);
        QVERIFY(record.wait(10000));
        QVERIFY(
            record.constFirst().at(1).toString().contains(QStringLiteral("\"uid\": \"u1199\"")));
        QCOMPARE(record.constFirst().at(2).toBool(), false);

        filter.action.clear();
        filter.search = QStringLiteral("U119");
        model.setFilter(filter);
        QTRY_VERIFY_WITH_TIMEOUT(model.totalCount() >= 0 && !model.isLoading(), 10000);
        QVERIFY(model.rowCount() >= 11); // u119, u1190..u1199, in users and departments
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.result(row).uid.startsWith(QStringLiteral("u119")));
        // Case is ignored beyond ASCII too (SQLite's lower() and LIKE fold ASCII only).
        filter.search = QStringLiteral("özlem");
        model.setFilter(filter);
        QTRY_VERIFY_WITH_TIMEOUT(model.totalCount() > 0 && !model.isLoading(), 10000);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.result(row).uid, QStringLiteral("Özlem7"));
        filter.search = QStringLiteral("U119");
        // An unchanged/created record comes from the stored origin record.
        filter.action = QStringLiteral("created");
        model.setFilter(filter);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0 && !model.isLoading(), 10000);
        record.clear();
        model.requestRecord(0);
        QVERIFY(record.wait(10000));
        QVERIFY(record.constFirst().at(1).toString().contains(QStringLiteral("User 119")));
        QCOMPARE(record.constFirst().at(2).toBool(), true);
    }

    void exportsCsvAndJson_data() { USERSYNC_ENGINE_ROWS(); }
    void exportsCsvAndJson()
    {
        USERSYNC_ENGINE(h);
        const EngineHarness::Run run = pushUsers(h);
        QVERIFY(!run.refused);
        QTemporaryDir dir;
        const TaskResultFilter failed{run.task.id, run.task.attempt, QStringLiteral("failed"), {}};
        QObject context;
        std::optional<Result<qint64>> csv;
        TaskResultExport::start(h.database().config(), failed,
                                {run.task.batch, QStringLiteral("hr"), QStringLiteral("partial")},
                                TaskResultExport::Format::Csv,
                                dir.filePath(QStringLiteral("f.csv")), &context,
                                [&](Result<qint64> result) { csv = result; });
        QTRY_VERIFY_WITH_TIMEOUT(csv.has_value(), 10000);
        QVERIFY(csv->ok());
        QCOMPARE(**csv, 1);
        QFile csvFile(dir.filePath(QStringLiteral("f.csv")));
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csvFile.readAll().split('\n');
        QVERIFY(lines.at(0).startsWith("batch,source,attempt,dataType,uid,resource,action"));
        QVERIFY(lines.at(1).contains("u1199"));
        QVERIFY(lines.at(1).contains(",failed,"));
        QVERIFY(lines.at(1).contains("\"{\"\"")); // the record, quoted

        std::optional<Result<qint64>> json;
        const TaskResultFilter all{run.task.id, run.task.attempt, {}, {}};
        TaskResultExport::start(h.database().config(), all,
                                {run.task.batch, QStringLiteral("hr"), QStringLiteral("partial")},
                                TaskResultExport::Format::Json,
                                dir.filePath(QStringLiteral("all.json")), &context,
                                [&](Result<qint64> result) { json = result; });
        QTRY_VERIFY_WITH_TIMEOUT(json.has_value(), 20000);
        QVERIFY(json->ok());
        QFile jsonFile(dir.filePath(QStringLiteral("all.json")));
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonObject document = QJsonDocument::fromJson(jsonFile.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(document.value(QStringLiteral("batch")).toString(), run.task.batch);
        const QJsonArray results = document.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), **json);
        QCOMPARE(results.at(0)
                     .toObject()
                     .value(QStringLiteral("record"))
                     .toObject()
                     .value(QStringLiteral("uid"))
                     .toString(),
                 results.at(0).toObject().value(QStringLiteral("uid")).toString());
    }
};

QTEST_GUILESS_MAIN(TestModelTaskResults)
#include "tst_model_taskresults.moc"
