#include "taskresultexport.h"

#include "storejob.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
constexpr int ExportPage = 2000;

StoreError fileError(const QString &path, const QString &reason)
{
    return StoreError(
        StoreError::Kind::Unavailable,
        QCoreApplication::translate("TaskResultExport", "Cannot write “%1”: %2").arg(path, reason));
}

QJsonValue recordValue(const QByteArray &raw)
{
    if (raw.isEmpty())
        return QJsonValue::Null;
    const QJsonDocument document = QJsonDocument::fromJson(raw);
    if (document.isObject())
        return document.object();
    return QString::fromUtf8(raw);
}
} // namespace

namespace TaskResultExport {

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void start(const DatabaseConfig &config, const TaskResultFilter &filter, const Header &header,
           Format format, const QString &path, QObject *context,
           std::function<void(Result<qint64>)> done)
{
    BackgroundJob::runOnStore<qint64>(
        config, context,
        [filter, header, format, path](Connection &db) -> Result<qint64> {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return fileError(path, file.errorString());
            const bool csv = format == Format::Csv;
            if (csv) {
                file.write("batch,source,attempt,dataType,uid,resource,action,message,record\r\n");
            } else {
                const QJsonObject task{{QStringLiteral("batch"), header.batch},
                                       {QStringLiteral("source"), header.source},
                                       {QStringLiteral("status"), header.status},
                                       {QStringLiteral("attempt"), filter.attempt}};
                QByteArray head = QJsonDocument(task).toJson(QJsonDocument::Compact);
                head.chop(1); // reopen the object to append the results array
                file.write(head + ",\"results\":[\n");
            }
            qint64 written = 0;
            qint64 after = 0;
            for (;;) {
                auto page = TaskResultQuery::page(db, filter, after, ExportPage, true);
                if (!page)
                    return page.error();
                for (const TaskResult &result : std::as_const(*page)) {
                    const QString action = RecordActionText::key(result.action);
                    if (csv) {
                        const QStringList fields{
                            header.batch,    header.source,  QString::number(result.attempt),
                            result.dataType, result.uid,     result.resource,
                            action,          result.message, QString::fromUtf8(result.raw)};
                        QStringList quoted;
                        for (const QString &field : fields)
                            quoted << csvField(field);
                        file.write(quoted.join(QLatin1Char(',')).toUtf8() + "\r\n");
                    } else {
                        const QJsonObject row{{QStringLiteral("dataType"), result.dataType},
                                              {QStringLiteral("uid"), result.uid},
                                              {QStringLiteral("resource"), result.resource},
                                              {QStringLiteral("action"), action},
                                              {QStringLiteral("message"), result.message},
                                              {QStringLiteral("record"), recordValue(result.raw)}};
                        if (written > 0)
                            file.write(",\n");
                        file.write(QJsonDocument(row).toJson(QJsonDocument::Compact));
                    }
                    ++written;
                }
                if (page->size() < ExportPage)
                    break;
                after = page->constLast().id;
            }
            if (!csv)
                file.write("\n]}\n");
            if (!file.commit())
                return fileError(path, file.errorString());
            return written;
        },
        std::move(done));
}

} // namespace TaskResultExport
