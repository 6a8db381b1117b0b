#include "httppagereader.h"

#include "jsonpointer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("HttpPageReader", text);
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        QStringList keys = value.toObject().keys();
        if (keys.size() > 8)
            keys = keys.mid(0, 8) << QStringLiteral("…");
        return tr("an object with the keys %1").arg(keys.join(QStringLiteral(", ")));
    }
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Undefined:
        return tr("nothing");
    }
    return {};
}

bool readUserData(const QJsonValue &value, int index, QList<UserData> *departments,
                  QList<UserData> *users, qint64 *records, QString *error)
{
    const QString where =
        index < 0 ? tr("The response") : tr("Element %1 of the response").arg(index + 1);
    if (!value.isObject()) {
        *error = tr("%1 should be a UserData object {\"dataType\": ..., \"records\": [...]}, but "
                    "it is %2. For a plain array of records choose the response shape “records”.")
                     .arg(where, describe(value));
        return false;
    }
    const QJsonObject object = value.toObject();
    const QString type = object.value(QStringLiteral("dataType")).toString();
    if (type != UserData::User && type != UserData::Department) {
        *error = tr("%1 has no dataType “user” or “department” (it is %2). For a plain array of "
                    "records choose the response shape “records”.")
                     .arg(where, describe(value));
        return false;
    }
    const QJsonValue list = object.value(QStringLiteral("records"));
    if (!list.isArray()) {
        *error = tr("%1: records must be an array, got %2.").arg(where, describe(list));
        return false;
    }
    UserData page;
    page.dataType = type;
    page.matchKey = object.value(QStringLiteral("matchKey")).toString();
    const QJsonArray array = list.toArray();
    page.records.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            *error = tr("%1: record %2 must be an object, got %3.")
                         .arg(where)
                         .arg(i + 1)
                         .arg(describe(array.at(i)));
            return false;
        }
        page.records << array.at(i).toObject();
    }
    *records += page.records.size();
    if (!page.records.isEmpty())
        (type == UserData::Department ? departments : users)->append(page);
    return true;
}
} // namespace

QJsonObject HttpPageReader::mapRecord(const QJsonObject &record,
                                      const HttpSourceOptions::FieldMap &map)
{
    if (map.isEmpty())
        return record;
    QJsonObject mapped;
    for (const auto &field : map) {
        QJsonValue value = JsonPointer::resolve(record, field.second);
        if (value.isUndefined())
            continue; // absent in the source: the engine leaves the field alone
        // One department given as a plain value is a list of one.
        if (field.first == QLatin1String("departments") && (value.isString() || value.isDouble()))
            value = QJsonArray{value};
        mapped.insert(field.first, value);
    }
    return mapped;
}

HttpPageReader::Result HttpPageReader::read(const QByteArray &body, const QString &dataType,
                                            const HttpSourceOptions &options)
{
    Result result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("the response is not valid JSON (%1 at byte %2)")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    const QJsonValue root =
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    if (options.pagination == HttpSourceOptions::Pagination::NextUrl) {
        const QJsonValue next = JsonPointer::resolve(root, options.nextPointer);
        if (next.isString())
            result.next = next.toString().trimmed();
        else if (!next.isUndefined() && !next.isNull()) {
            result.error = tr("the next-page pointer %1 names %2, not a URL")
                               .arg(options.nextPointer, describe(next));
            return result;
        }
    }
    const QJsonValue data = JsonPointer::resolve(root, options.recordsPointer);
    if (data.isUndefined()) {
        result.error = tr("the records pointer %1 names nothing in the response (%2)")
                           .arg(options.recordsPointer, describe(root));
        return result;
    }

    QList<UserData> departments;
    QList<UserData> users;
    if (options.format == HttpSourceOptions::Format::UserData) {
        if (data.isArray()) {
            const QJsonArray array = data.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (!readUserData(array.at(i), int(i), &departments, &users, &result.records,
                                  &result.error))
                    return result;
            }
        } else if (!readUserData(data, -1, &departments, &users, &result.records, &result.error)) {
            return result;
        }
    } else {
        if (!data.isArray()) {
            result.error = options.recordsPointer.isEmpty()
                ? tr("the response should be an array of records, but it is %1; set the “Records "
                     "pointer” to where the array is (e.g. /data)")
                      .arg(describe(data))
                : tr("the records pointer %1 names %2, not an array of records")
                      .arg(options.recordsPointer, describe(data));
            return result;
        }
        const HttpSourceOptions::FieldMap &map =
            dataType == UserData::Department ? options.departmentFields : options.userFields;
        UserData page;
        page.dataType = dataType;
        page.matchKey = dataType == UserData::User ? options.matchKey : QString();
        const QJsonArray array = data.toArray();
        page.records.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject()) {
                result.error =
                    tr("record %1 must be an object, got %2").arg(i + 1).arg(describe(array.at(i)));
                return result;
            }
            page.records << mapRecord(array.at(i).toObject(), map);
        }
        result.records = page.records.size();
        if (!page.records.isEmpty())
            (dataType == UserData::Department ? departments : users) << page;
    }
    if (!options.matchKey.isEmpty()) {
        for (UserData &page : users) {
            if (page.matchKey.isEmpty())
                page.matchKey = options.matchKey;
        }
    }
    result.pages = departments + users;
    result.ok = true;
    return result;
}
