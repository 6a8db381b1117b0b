#include "recordredactor.h"

#include <QJsonArray>

namespace RecordRedactor {

bool isSecretKey(const QString &key)
{
    static const QStringList parts{QStringLiteral("password"),   QStringLiteral("passwd"),
                                   QStringLiteral("secret"),     QStringLiteral("token"),
                                   QStringLiteral("apikey"),     QStringLiteral("api_key"),
                                   QStringLiteral("privatekey"), QStringLiteral("private_key")};
    const QString lower = key.toLower();
    for (const QString &part : parts) {
        if (lower.contains(part))
            return true;
    }
    return false;
}

QJsonValue redact(const QJsonValue &value)
{
    if (value.isObject())
        return redact(value.toObject());
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue item = array.at(i);
            if (item.isObject() || item.isArray())
                array.replace(i, redact(item));
        }
        return array;
    }
    return value;
}

QJsonObject redact(const QJsonObject &record)
{
    QJsonObject result = record;
    for (auto it = result.begin(); it != result.end(); ++it) {
        if (isSecretKey(it.key()) && !it.value().isNull())
            it.value() = QString::fromLatin1(Placeholder);
        else if (it.value().isObject() || it.value().isArray())
            it.value() = redact(it.value());
    }
    return result;
}

} // namespace RecordRedactor
