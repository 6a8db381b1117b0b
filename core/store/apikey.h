#pragma once

#include <QDateTime>
#include <QString>

// A key for the HTTP API. Only a hash of its token is stored; the token is shown once.
struct ApiKey
{
    qint64 id = 0;
    QString name;
    QString tokenPrefix; // the first characters, so an administrator can tell keys apart
    QDateTime createdAt;
    QDateTime lastUsedAt;
    QDateTime revokedAt;

    bool isRevoked() const { return revokedAt.isValid(); }
};
