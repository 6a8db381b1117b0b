#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// A configured sync source (table sync_sources). Options never hold secrets: those live in the
// keychain under SecretKeys::sourceSecret(name, key).
struct SyncSource
{
    qint64 id = 0;
    QString name;
    QString sourceType;
    QString displayName;
    bool enabled = false;
    QJsonObject options;
    int sort = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};
