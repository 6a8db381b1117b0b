#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// A row of the built-in users directory. Empty username/email/phone are stored as NULL so that
// uniqueness applies to real values only.
struct User
{
    qint64 id = 0;
    QString nickname;
    QString username;
    QString email;
    QString phone;
    bool enabled = true;
    bool isProtected = false; // administrator accounts a sync never deletes
    QJsonObject custom;
    QDateTime createdAt;
    QDateTime updatedAt;
};
