#include "listquery.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ListQuery", text);
}

bool positive(const QUrlQuery &query, const QString &key, int fallback, int *out, QString *error)
{
    if (!query.hasQueryItem(key)) {
        *out = fallback;
        return true;
    }
    bool ok = false;
    const int value = query.queryItemValue(key).toInt(&ok);
    if (!ok || value < 1) {
        *error = tr("%1 must be a whole number of at least 1, got “%2”.")
                     .arg(key, query.queryItemValue(key, QUrl::FullyDecoded));
        return false;
    }
    *out = value;
    return true;
}

bool scalar(const QJsonValue &value)
{
    return value.isString() || value.isDouble() || value.isBool();
}
} // namespace

bool ListQuery::parse(const QUrlQuery &query, const QStringList &sortable,
                      const QStringList &filterable, const QString &defaultSort, ListQuery *out,
                      QString *error)
{
    ListQuery result;
    if (!positive(query, QStringLiteral("page"), 1, &result.page, error)
        || !positive(query, QStringLiteral("pageSize"), DefaultPageSize, &result.pageSize, error))
        return false;
    result.pageSize = qMin(result.pageSize, MaxPageSize);

    // sort=-sort, sort=id,-name or sort[]=-sort: the first field decides.
    QString sort = query.queryItemValue(QStringLiteral("sort"), QUrl::FullyDecoded);
    if (sort.isEmpty())
        sort = query.queryItemValue(QStringLiteral("sort[]"), QUrl::FullyDecoded);
    sort = sort.section(QLatin1Char(','), 0, 0).trimmed();
    if (sort.isEmpty())
        sort = defaultSort;
    result.descending = sort.startsWith(QLatin1Char('-'));
    result.sortField = result.descending ? sort.mid(1) : sort;
    if (!sortable.contains(result.sortField)) {
        *error = tr("Cannot sort on “%1”; use one of %2 (with - for descending).")
                     .arg(result.sortField, sortable.join(QStringLiteral(", ")));
        return false;
    }

    const QString filterText = query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded);
    if (!filterText.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(filterText.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            *error = tr("filter must be a JSON object such as {\"sourceId\": 1}.");
            return false;
        }
        const QJsonObject filter = document.object();
        for (auto it = filter.constBegin(); it != filter.constEnd(); ++it) {
            if (!filterable.contains(it.key())) {
                *error = tr("Cannot filter on “%1”; use %2.")
                             .arg(it.key(), filterable.join(QStringLiteral(", ")));
                return false;
            }
            QVariantList values;
            const QJsonValue value = it.value();
            if (scalar(value)) {
                values << value.toVariant();
            } else if (value.isObject() && value.toObject().size() == 1
                       && scalar(value.toObject().value(QStringLiteral("$eq")))) {
                values << value.toObject().value(QStringLiteral("$eq")).toVariant();
            } else if (value.isObject() && value.toObject().size() == 1
                       && value.toObject().value(QStringLiteral("$in")).isArray()) {
                for (const QJsonValue &item :
                     value.toObject().value(QStringLiteral("$in")).toArray()) {
                    if (!scalar(item)) {
                        *error = tr("filter “%1”: $in takes a list of plain values.").arg(it.key());
                        return false;
                    }
                    values << item.toVariant();
                }
            } else {
                *error =
                    tr("filter “%1”: use a plain value, {\"$eq\": value} or {\"$in\": [values]}.")
                        .arg(it.key());
                return false;
            }
            result.filter.insert(it.key(), values);
        }
    }
    *out = result;
    return true;
}

QJsonObject ListQuery::meta(qint64 count) const
{
    const qint64 totalPage = (count + pageSize - 1) / pageSize;
    return QJsonObject{{QStringLiteral("count"), count},
                       {QStringLiteral("page"), page},
                       {QStringLiteral("pageSize"), pageSize},
                       {QStringLiteral("totalPage"), totalPage}};
}

bool ListQuery::accepts(const QString &field, const QVariant &value) const
{
    const auto it = filter.constFind(field);
    if (it == filter.constEnd())
        return true;
    for (const QVariant &wanted : *it) {
        // 1 and "1" name the same source; true and "true" the same flag.
        if (wanted.toString() == value.toString())
            return true;
    }
    return false;
}
