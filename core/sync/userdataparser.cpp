#include "userdataparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("UserDataParser", text);
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        return QStringLiteral("nothing");
    }
    return QStringLiteral("unknown");
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// A uid (or a reference to one) may be sent as a string or as a whole number.
bool toUid(const QJsonValue &value, QString *uid)
{
    if (value.isString()) {
        *uid = value.toString();
        return true;
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number == double(qint64(number))) {
            *uid = QString::number(qint64(number));
            return true;
        }
    }
    return false;
}

// The type of record[key] without copying its value out (copying a string allocates one; the
// checks of a page were a tenth of a sync whose records had not changed).
QJsonValue::Type typeOf(const QJsonObject &record, QLatin1StringView key)
{
    const auto found = record.constFind(key);
    return found == record.constEnd() ? QJsonValue::Undefined : found.value().type();
}

bool isAbsent(QJsonValue::Type type)
{
    return type == QJsonValue::Undefined || type == QJsonValue::Null;
}

QString where(int index, const QJsonObject &record)
{
    const QJsonValue uid = record.value(QStringLiteral("uid"));
    if (uid.isString() || uid.isDouble())
        return tr("record %1 (uid “%2”)")
            .arg(index + 1)
            .arg(uid.isString() ? uid.toString() : QString::number(uid.toDouble()));
    return tr("record %1").arg(index + 1);
}

QString mustBe(int index, const QJsonObject &record, const QString &key, const QString &expected,
               const QJsonValue &got)
{
    return tr("%1: %2 must be %3, got %4.").arg(where(index, record), key, expected, typeName(got));
}
} // namespace

const QStringList &UserDataParser::matchKeys()
{
    static const QStringList keys{QStringLiteral("username"), QStringLiteral("email"),
                                  QStringLiteral("phone")};
    return keys;
}

UserDataParser::Parsed UserDataParser::parseBody(const QByteArray &body,
                                                 const QStringList &supportedTypes)
{
    Parsed parsed;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        parsed.message = tr("The request body is not valid JSON: %1 at byte %2.")
                             .arg(error.errorString())
                             .arg(error.offset);
        return parsed;
    }
    if (!document.isObject()) {
        parsed.message =
            tr("The request body must be a JSON object such as {\"dataType\": \"user\", "
               "\"records\": [...]}, "
               "got %1.")
                .arg(document.isArray() ? QStringLiteral("an array") : typeName(QJsonValue()));
        return parsed;
    }
    return fromJson(document.object(), supportedTypes);
}

UserDataParser::Parsed UserDataParser::fromJson(const QJsonObject &object,
                                                const QStringList &supportedTypes)
{
    Parsed parsed;
    const QJsonValue dataType = object.value(QStringLiteral("dataType"));
    if (!dataType.isString() || !supportedTypes.contains(dataType.toString())) {
        // NocoBase's wording, including "undefined" for a missing dataType.
        QString shown = dataType.isString() ? dataType.toString()
            : dataType.isUndefined()
            ? QStringLiteral("undefined")
            : QString::fromUtf8(QJsonDocument(QJsonArray{dataType}).toJson(QJsonDocument::Compact))
                  .mid(1)
                  .chopped(1);
        parsed.message = tr("dataType %1 is not supported").arg(shown);
        return parsed;
    }
    const QJsonValue matchKey = object.value(QStringLiteral("matchKey"));
    if (!matchKey.isUndefined() && !matchKey.isNull() && !matchKey.isString()) {
        parsed.message =
            tr("matchKey must be one of username, email or phone, got %1.").arg(typeName(matchKey));
        return parsed;
    }
    const QJsonValue sourceName = object.value(QStringLiteral("sourceName"));
    if (!sourceName.isUndefined() && !sourceName.isNull()
        && (!sourceName.isString() || sourceName.toString().trimmed().isEmpty())) {
        parsed.message =
            tr("sourceName must be a non-empty string, got %1.").arg(typeName(sourceName));
        return parsed;
    }
    const QJsonValue records = object.value(QStringLiteral("records"));
    if (records.isUndefined() || records.isNull()) {
        parsed.message = tr("records for user data synchronize is required");
        return parsed;
    }
    if (!records.isArray()) {
        parsed.message =
            tr("records must be an array of record objects, got %1.").arg(typeName(records));
        return parsed;
    }
    if (records.toArray().isEmpty()) {
        parsed.message = tr("records must have at least one piece of data");
        return parsed;
    }
    UserData data;
    data.dataType = dataType.toString();
    data.matchKey = matchKey.toString();
    data.sourceName = sourceName.toString().trimmed();
    const QJsonArray array = records.toArray();
    data.records.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue value = array.at(i);
        if (!value.isObject()) {
            parsed.message =
                tr("record %1 must be a JSON object, got %2.").arg(i + 1).arg(typeName(value));
            return parsed;
        }
        data.records << value.toObject();
    }
    return check(data, supportedTypes);
}

UserDataParser::Parsed UserDataParser::check(const UserData &page,
                                             const QStringList &supportedTypes)
{
    Parsed parsed;
    if (!supportedTypes.contains(page.dataType)) {
        parsed.message =
            tr("dataType %1 is not supported")
                .arg(page.dataType.isEmpty() ? QStringLiteral("undefined") : page.dataType);
        return parsed;
    }
    if (page.records.isEmpty()) {
        parsed.message = tr("records must have at least one piece of data");
        return parsed;
    }
    parsed.data = page;
    for (int i = 0; i < parsed.data.records.size(); ++i) {
        const QString problem = checkRecord(page.dataType, i, parsed.data.records[i]);
        if (!problem.isEmpty()) {
            parsed.message = problem;
            parsed.data = {};
            return parsed;
        }
    }
    parsed.ok = true;
    return parsed;
}

QString UserDataParser::checkRecord(const QString &dataType, int index, QJsonObject &record)
{
    QString uid;
    const QJsonValue uidValue = record.value(QStringLiteral("uid"));
    if (uidValue.isUndefined() || uidValue.isNull()
        || (uidValue.isString() && uidValue.toString().isEmpty()))
        return tr("record must has uid, error record: %1").arg(compact(record));
    if (!toUid(uidValue, &uid))
        return tr("%1: uid must be a string, got %2; error record: %3")
            .arg(where(index, record), typeName(uidValue), compact(record));
    if (!uidValue.isString()) // a number: kept as text (inserting detaches the record)
        record.insert(QStringLiteral("uid"), uid);

    const auto check = [&](QLatin1StringView key, QJsonValue::Type wanted,
                           const QString &expected) -> QString {
        const QJsonValue::Type type = typeOf(record, key);
        if (!isAbsent(type) && type != wanted)
            return mustBe(index, record, key, expected, record.value(key));
        return {};
    };
    const auto checkText = [&](QLatin1StringView key) {
        return check(key, QJsonValue::String, QStringLiteral("a string"));
    };
    if (QString problem = check(QLatin1StringView("isDeleted"), QJsonValue::Bool,
                                QStringLiteral("true or false"));
        !problem.isEmpty())
        return problem;

    if (dataType == UserData::User) {
        for (const char *key : {"nickname", "username", "email", "phone"}) {
            if (QString problem = checkText(QLatin1StringView(key)); !problem.isEmpty())
                return problem;
        }
        if (QString problem = check(QLatin1StringView("enabled"), QJsonValue::Bool,
                                    QStringLiteral("true or false"));
            !problem.isEmpty())
            return problem;
        const QJsonValue departments = record.value(QStringLiteral("departments"));
        if (!departments.isUndefined() && !departments.isNull()) {
            if (!departments.isArray())
                return mustBe(index, record, QStringLiteral("departments"),
                              QStringLiteral("an array"), departments);
            QJsonArray canonical;
            bool rewritten = false;
            for (const QJsonValue &entry : departments.toArray()) {
                if (entry.isString()) { // the usual case: nothing to check or rewrite
                    canonical.append(entry);
                    continue;
                }
                QString departmentUid;
                if (toUid(entry, &departmentUid)) {
                    canonical.append(departmentUid);
                    rewritten = true;
                    continue;
                }
                if (!entry.isObject())
                    return mustBe(index, record, QStringLiteral("each departments entry"),
                                  QStringLiteral("a department uid or {uid, isOwner, isMain}"),
                                  entry);
                QJsonObject object = entry.toObject();
                if (!toUid(object.value(QStringLiteral("uid")), &departmentUid)
                    || departmentUid.isEmpty())
                    return mustBe(index, record, QStringLiteral("departments[].uid"),
                                  QStringLiteral("a string"), object.value(QStringLiteral("uid")));
                if (!object.value(QStringLiteral("uid")).isString()) {
                    object.insert(QStringLiteral("uid"), departmentUid);
                    rewritten = true;
                }
                for (const QString &flag : {QStringLiteral("isOwner"), QStringLiteral("isMain")}) {
                    const QJsonValue value = object.value(flag);
                    if (!value.isUndefined() && !value.isNull() && !value.isBool())
                        return mustBe(index, record, QStringLiteral("departments[].") + flag,
                                      QStringLiteral("true or false"), value);
                }
                canonical.append(object);
            }
            if (rewritten)
                record.insert(QStringLiteral("departments"), canonical);
        }
    } else {
        if (QString problem = checkText(QLatin1StringView("title")); !problem.isEmpty())
            return problem;
        const QJsonValue parent = record.value(QStringLiteral("parentUid"));
        if (!parent.isUndefined() && !parent.isNull()) {
            QString parentUid;
            if (!toUid(parent, &parentUid))
                return mustBe(index, record, QStringLiteral("parentUid"),
                              QStringLiteral("a string"), parent);
            if (!parent.isString())
                record.insert(QStringLiteral("parentUid"), parentUid);
        }
        const QJsonValue sort = record.value(QStringLiteral("sort"));
        if (!sort.isUndefined() && !sort.isNull()
            && (!sort.isDouble() || sort.toDouble() != double(qint64(sort.toDouble()))))
            return mustBe(index, record, QStringLiteral("sort"), QStringLiteral("a whole number"),
                          sort);
    }
    return {};
}
