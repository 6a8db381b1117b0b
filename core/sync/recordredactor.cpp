#include "recordredactor.h"

#include <QJsonArray>

namespace RecordRedactor {

namespace {
const char *const secretParts[] = {"password", "passwd",  "secret",     "token",
                                   "apikey",   "api_key", "privatekey", "private_key"};
} // namespace

bool mayHoldSecret(const QByteArray &json)
{
    const char *data = json.constData();
    const qsizetype size = json.size();
    const auto lower = [](char c) {
        return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
    };
    // One pass: only where a byte could start a part are the parts compared.
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        // Letters outside ASCII whose case folding is an ASCII letter (İ, ſ, the Kelvin sign K):
        // with one of them only the key walk can tell.
        if ((c == '\xc4' || c == '\xc5' || c == '\xe2') && i + 1 < size) {
            const char next = data[i + 1];
            if ((c == '\xc4' && next == '\xb0') || (c == '\xc5' && next == '\xbf')
                || (c == '\xe2' && next == '\x84' && i + 2 < size && data[i + 2] == '\xaa'))
                return true;
            continue;
        }
        const char first = lower(c);
        if (first != 'p' && first != 's' && first != 't' && first != 'a')
            continue;
        for (const char *part : secretParts) {
            if (part[0] != first)
                continue;
            qsizetype k = 1;
            while (part[k] != '\0' && i + k < size && lower(data[i + k]) == part[k])
                ++k;
            if (part[k] == '\0')
                return true;
        }
    }
    return false;
}

bool isSecretKey(const QString &key)
{
    static const QStringList parts = [] {
        QStringList list;
        for (const char *part : secretParts)
            list << QString::fromLatin1(part);
        return list;
    }();
    for (const QString &part : parts) {
        if (key.contains(part, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

namespace {
// Most records hold no secret: finding that out without copying them is most of the work saved.
bool holdsSecret(const QJsonValue &value);

bool holdsSecret(const QJsonObject &object)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if ((isSecretKey(it.key()) && !it.value().isNull()) || holdsSecret(it.value()))
            return true;
    }
    return false;
}

bool holdsSecret(const QJsonValue &value)
{
    if (value.isObject())
        return holdsSecret(value.toObject());
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(),
                           [](const QJsonValue &item) { return holdsSecret(item); });
    }
    return false;
}
} // namespace

QJsonValue redact(const QJsonValue &value)
{
    if (!holdsSecret(value))
        return value;
    if (value.isObject())
        return redact(value.toObject());
    QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (holdsSecret(item))
            array.replace(i, redact(item));
    }
    return array;
}

QJsonObject redact(const QJsonObject &record)
{
    if (!holdsSecret(record))
        return record;
    QJsonObject result = record;
    for (auto it = result.begin(); it != result.end(); ++it) {
        if (isSecretKey(it.key()) && !it.value().isNull())
            it.value() = QString::fromLatin1(Placeholder);
        else if (holdsSecret(it.value()))
            it.value() = redact(it.value());
    }
    return result;
}

} // namespace RecordRedactor
