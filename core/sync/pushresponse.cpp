#include "pushresponse.h"

#include "store/connection.h"
#include "store/taskresultrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace PushResponse {

Result<QJsonObject> success(Connection &connection, qint64 taskId, int attempt,
                            const QStringList &resources, const QStringList &uids)
{
    const QSet<QString> pageUids(uids.cbegin(), uids.cend());
    auto failed =
        TaskResultRepository(connection).forTask(taskId, attempt, QStringLiteral("failed"));
    if (!failed)
        return failed.error();
    QJsonArray result;
    for (const QString &resource : resources) {
        QJsonArray failedRecords;
        QSet<QString> failedUids;
        for (const TaskResult &outcome : std::as_const(*failed)) {
            if (outcome.resource != resource || !pageUids.contains(outcome.uid)
                || failedUids.contains(outcome.uid))
                continue;
            failedUids << outcome.uid;
            QJsonObject record = QJsonDocument::fromJson(outcome.raw).object();
            if (record.isEmpty())
                record.insert(QStringLiteral("uid"), outcome.uid);
            failedRecords.append(QJsonObject{{QStringLiteral("record"), record},
                                             {QStringLiteral("message"), outcome.message}});
        }
        const int all = int(pageUids.size());
        const int failures = int(failedUids.size());
        result.append(
            QJsonObject{{QStringLiteral("resource"), resource},
                        {QStringLiteral("detail"),
                         QJsonObject{{QStringLiteral("count"),
                                      QJsonObject{{QStringLiteral("all"), all},
                                                  {QStringLiteral("success"), all - failures},
                                                  {QStringLiteral("failed"), failures}}},
                                     {QStringLiteral("failedRecords"), failedRecords}}}});
    }
    return QJsonObject{{QStringLiteral("data"),
                        QJsonObject{{QStringLiteral("code"), 0},
                                    {QStringLiteral("message"), QStringLiteral("success")},
                                    {QStringLiteral("result"), result}}}};
}

QJsonObject error(const QString &message, int code)
{
    return QJsonObject{
        {QStringLiteral("data"),
         QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
}

} // namespace PushResponse
