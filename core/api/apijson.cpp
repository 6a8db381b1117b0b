#include "apijson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

namespace {
// The order NocoBase's own answers use; keys not listed sort after these, alphabetically.
const QStringList &envelopeOrder()
{
    static const QStringList keys{
        QStringLiteral("data"),     QStringLiteral("errors"),    QStringLiteral("code"),
        QStringLiteral("message"),  QStringLiteral("result"),    QStringLiteral("resource"),
        QStringLiteral("detail"),   QStringLiteral("count"),     QStringLiteral("all"),
        QStringLiteral("success"),  QStringLiteral("failed"),    QStringLiteral("failedRecords"),
        QStringLiteral("record"),   QStringLiteral("meta"),      QStringLiteral("page"),
        QStringLiteral("pageSize"), QStringLiteral("totalPage"),
    };
    return keys;
}

// {"errors": [{"message": ..., "code": ...}]}
const QStringList &errorOrder()
{
    static const QStringList keys{QStringLiteral("message"), QStringLiteral("code")};
    return keys;
}

// {"failedRecords": [{"record": ..., "message": ...}]}
const QStringList &failedRecordOrder()
{
    static const QStringList keys{QStringLiteral("record"), QStringLiteral("message")};
    return keys;
}

// Rows of a list (the elements of "data"): identity first, as NocoBase's columns come.
const QStringList &rowOrder()
{
    static const QStringList keys{
        QStringLiteral("id"),         QStringLiteral("name"),     QStringLiteral("title"),
        QStringLiteral("batch"),      QStringLiteral("sourceId"), QStringLiteral("source"),
        QStringLiteral("sourceType"), QStringLiteral("status"),   QStringLiteral("message"),
    };
    return keys;
}

void write(QByteArray &out, const QJsonValue &value, const QStringList &order);

void writeString(QByteArray &out, const QString &text)
{
    // QJsonDocument escapes exactly what JSON needs and leaves other characters as UTF-8, like
    // JSON.stringify.
    const QByteArray quoted = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    out.append(quoted.constData() + 1, quoted.size() - 2);
}

void writeObject(QByteArray &out, const QJsonObject &object, const QStringList &order)
{
    QStringList keys = object.keys();
    std::stable_sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        const qsizetype ia = order.indexOf(a);
        const qsizetype ib = order.indexOf(b);
        if (ia >= 0 && ib >= 0)
            return ia < ib;
        if (ia >= 0 || ib >= 0)
            return ia >= 0;
        return a < b;
    });
    out.append('{');
    bool first = true;
    for (const QString &key : std::as_const(keys)) {
        if (!first)
            out.append(',');
        first = false;
        writeString(out, key);
        out.append(':');
        const QJsonValue child = object.value(key);
        // Records inside failedRecords are the caller's data: their keys keep a plain order.
        const QStringList &childOrder = key == QLatin1String("errors") ? errorOrder()
            : key == QLatin1String("failedRecords")                    ? failedRecordOrder()
            : key == QLatin1String("data") && child.isArray()          ? rowOrder()
            : key == QLatin1String("record")                           ? QStringList()
                                                                       : envelopeOrder();
        write(out, child, childOrder);
    }
    out.append('}');
}

void write(QByteArray &out, const QJsonValue &value, const QStringList &order)
{
    switch (value.type()) {
    case QJsonValue::Object:
        writeObject(out, value.toObject(), order);
        break;
    case QJsonValue::Array: {
        out.append('[');
        bool first = true;
        for (const QJsonValue &item : value.toArray()) {
            if (!first)
                out.append(',');
            first = false;
            write(out, item, order);
        }
        out.append(']');
        break;
    }
    case QJsonValue::String:
        writeString(out, value.toString());
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        break;
    default: {
        // Numbers and booleans: let QJsonDocument format them as it would anywhere else.
        const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        out.append(text.constData() + 1, text.size() - 2);
        break;
    }
    }
}
} // namespace

namespace ApiJson {

QByteArray serialize(const QJsonValue &value)
{
    QByteArray out;
    write(out, value, envelopeOrder());
    return out;
}

} // namespace ApiJson
