#include "sqlvalue.h"

#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlField>

namespace SqlValue {

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant nullableId(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(qlonglong(id));
}

QVariant bindable(const QVariant &value)
{
    // Qt binds a null QString as SQL NULL; an empty text column must get '' instead. Real NULLs
    // are passed as an invalid QVariant (see nullableText()).
    if (value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    return value;
}

QVariant flag(bool value)
{
    return value ? 1 : 0;
}

QString timestamp(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime toDateTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time;
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject toJsonObject(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QString placeholders(int count)
{
    QString text;
    text.reserve(count * 3);
    for (int i = 0; i < count; ++i) {
        if (i)
            text += QLatin1String(", ");
        text += QLatin1Char('?');
    }
    return text;
}

void appendLiteral(QString &text, const QSqlDriver *driver, const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        text += QString::number(value.toLongLong()); // the common case, without a QSqlField
        return;
    default:
        break;
    }
    QSqlField field(QString(), value.metaType());
    field.setValue(value);
    text += driver->formatValue(field);
}

} // namespace SqlValue
