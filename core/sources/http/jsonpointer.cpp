#include "jsonpointer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace JsonPointer {

bool isValid(const QString &pointer)
{
    if (pointer.isEmpty())
        return true;
    if (!pointer.startsWith(QLatin1Char('/')))
        return false;
    // "~" must be followed by 0 or 1.
    for (qsizetype i = 0; i < pointer.size(); ++i) {
        if (pointer.at(i) == QLatin1Char('~')
            && (i + 1 >= pointer.size()
                || (pointer.at(i + 1) != QLatin1Char('0')
                    && pointer.at(i + 1) != QLatin1Char('1'))))
            return false;
    }
    return true;
}

QJsonValue resolve(const QJsonValue &document, const QString &pointer)
{
    if (pointer.isEmpty())
        return document;
    if (!isValid(pointer))
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue current = document;
    const QStringList tokens = pointer.mid(1).split(QLatin1Char('/'));
    for (QString token : tokens) {
        token.replace(QLatin1String("~1"), QLatin1String("/"));
        token.replace(QLatin1String("~0"), QLatin1String("~"));
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            if (!object.contains(token))
                return QJsonValue(QJsonValue::Undefined);
            current = object.value(token);
        } else if (current.isArray()) {
            bool ok = false;
            const qsizetype index = token.toLongLong(&ok);
            const QJsonArray array = current.toArray();
            // No leading zeros, no "-": only an existing element.
            if (!ok || index < 0 || index >= array.size()
                || (token.size() > 1 && token.startsWith(QLatin1Char('0'))))
                return QJsonValue(QJsonValue::Undefined);
            current = array.at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return current;
}

} // namespace JsonPointer
