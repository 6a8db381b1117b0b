#pragma once

#include "apikey.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QPair>

class Connection;

// API keys (table api_keys). Tokens are random, shown once at creation, and stored only as a
// SHA-256 hash; a revoked key keeps its row (and name) so the history stays readable.
class ApiKeyRepository
{
public:
    struct ActiveKey
    {
        qint64 id;
        QByteArray hash; // raw 32-byte SHA-256 of the token
    };
    // Every key with its hash, revoked ones too, so a server can tell "revoked" from "unknown".
    struct KeyHash
    {
        qint64 id = 0;
        QString name;
        QByteArray hash; // raw 32-byte SHA-256 of the token
        QDateTime revokedAt;
    };

    explicit ApiKeyRepository(Connection &connection);

    static QString newToken(); // "usk_" + 43 url-safe characters
    static QByteArray hashToken(const QString &token); // raw SHA-256 bytes

    // The new key and its token (the only time the token is known).
    Result<QPair<ApiKey, QString>> create(const QString &name);
    Result<QList<ApiKey>> list();
    StoreError revoke(const QString &name);
    Result<QList<ActiveKey>> active();
    Result<QList<KeyHash>> hashes();
    StoreError touch(qint64 id);
    // Records a use that happened at `when` (servers batch these off the request path); an
    // older time never replaces a newer one.
    StoreError touch(qint64 id, const QDateTime &when);

private:
    Connection &m_connection;
};
