#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <QVariantList>

// The parameters of NocoBase's list actions: page, pageSize, sort ("-sort", "id", ...) and
// filter ({"sourceId": 1}, {"status": {"$in": ["failed", "partial"]}}). Only the fields an
// endpoint names can be filtered or sorted on; anything else is refused with a sentence rather
// than ignored, so a script never silently gets more rows than it asked for.
struct ListQuery
{
    static constexpr int DefaultPageSize = 20; // NocoBase's
    static constexpr int MaxPageSize = 1000;

    int page = 1;
    int pageSize = DefaultPageSize;
    QString sortField;
    bool descending = false;
    // field → accepted values (one for $eq, several for $in)
    QMap<QString, QVariantList> filter;

    // `sortable`/`filterable` are the field names an endpoint accepts; `defaultSort` is e.g.
    // "-sort". False with the reason in *error on bad input.
    static bool parse(const QUrlQuery &query, const QStringList &sortable,
                      const QStringList &filterable, const QString &defaultSort, ListQuery *out,
                      QString *error);

    qint64 offset() const { return qint64(page - 1) * pageSize; }
    // {count, page, pageSize, totalPage}
    QJsonObject meta(qint64 count) const;
    bool accepts(const QString &field, const QVariant &value) const;
};
