#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

// One batch of records as a source yields it or a push carries it (NocoBase's UserData):
// {dataType: "user"|"department", matchKey?: "username"|"email"|"phone", sourceName?, records:
// [...]}.
struct UserData
{
    static inline const QString User = QStringLiteral("user");
    static inline const QString Department = QStringLiteral("department");

    QString dataType;
    QString matchKey;
    QString sourceName;
    QList<QJsonObject> records;

    QJsonObject toJson() const
    {
        QJsonObject object{{QStringLiteral("dataType"), dataType}};
        if (!matchKey.isEmpty())
            object.insert(QStringLiteral("matchKey"), matchKey);
        if (!sourceName.isEmpty())
            object.insert(QStringLiteral("sourceName"), sourceName);
        QJsonArray array;
        for (const QJsonObject &record : records)
            array.append(record);
        object.insert(QStringLiteral("records"), array);
        return object;
    }
};

Q_DECLARE_METATYPE(UserData)
