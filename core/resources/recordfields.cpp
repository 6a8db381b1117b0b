#include "recordfields.h"

namespace RecordFields {

const QSet<QString> &userIgnored()
{
    static const QSet<QString> keys{QStringLiteral("id"),
                                    QStringLiteral("uid"),
                                    QStringLiteral("createdAt"),
                                    QStringLiteral("updatedAt"),
                                    QStringLiteral("appLang"),
                                    QStringLiteral("resetToken"),
                                    QStringLiteral("systemSettings"),
                                    QStringLiteral("password"),
                                    QStringLiteral("sort"),
                                    QStringLiteral("createdById"),
                                    QStringLiteral("updatedById"),
                                    QStringLiteral("isDeleted"),
                                    QStringLiteral("departments"),
                                    QStringLiteral("protected"),
                                    QStringLiteral("roles"),
                                    QStringLiteral("mainDepartment"),
                                    QStringLiteral("mainDepartmentId"),
                                    QStringLiteral("custom")};
    return keys;
}

const QSet<QString> &departmentIgnored()
{
    static const QSet<QString> keys{
        QStringLiteral("id"),        QStringLiteral("uid"),         QStringLiteral("createdAt"),
        QStringLiteral("updatedAt"), QStringLiteral("createdById"), QStringLiteral("updatedById"),
        QStringLiteral("isDeleted"), QStringLiteral("parentId"),    QStringLiteral("parentUid"),
        QStringLiteral("isLeaf"),    QStringLiteral("custom"),      QStringLiteral("parent")};
    return keys;
}

const QSet<QString> &userColumns()
{
    static const QSet<QString> keys{QStringLiteral("nickname"), QStringLiteral("username"),
                                    QStringLiteral("email"), QStringLiteral("phone"),
                                    QStringLiteral("enabled")};
    return keys;
}

const QSet<QString> &departmentColumns()
{
    static const QSet<QString> keys{QStringLiteral("title"), QStringLiteral("sort")};
    return keys;
}

QJsonObject mergeCustom(const QJsonObject &current, const QJsonObject &record,
                        const QSet<QString> &ignored, const QSet<QString> &columns)
{
    QJsonObject merged = current;
    for (auto it = record.constBegin(); it != record.constEnd(); ++it) {
        if (ignored.contains(it.key()) || columns.contains(it.key()))
            continue;
        merged.insert(it.key(), it.value());
    }
    return merged;
}

bool isDeleted(const QJsonObject &record)
{
    return record.value(QStringLiteral("isDeleted")).toBool(false);
}

QString text(const QJsonObject &record, const QString &key)
{
    const QJsonValue value = record.value(key);
    return value.isString() ? value.toString() : QString();
}

} // namespace RecordFields
