#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// A row of the built-in departments tree; parentId 0 means a top-level department.
struct Department
{
    qint64 id = 0;
    QString title;
    qint64 parentId = 0;
    bool isLeaf = true;
    int sort = 0;
    QJsonObject custom;
    QDateTime createdAt;
    QDateTime updatedAt;
};
