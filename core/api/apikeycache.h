#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// The API keys as the server checks them: SHA-256 hashes held in memory, so that checking a
// request costs no database query. Every hash is compared, in constant time, whatever matches.
class ApiKeyCache
{
public:
    struct Entry
    {
        qint64 id = 0;
        QString name;
        QByteArray hash; // raw SHA-256 of the token
        QDateTime revokedAt; // invalid while the key is active
    };

    enum class Verdict {
        NoToken, // no "Authorization: Bearer ..." header
        Unknown, // a token that matches no key
        Revoked, // the token of a revoked key
        Valid,
    };

    struct Match
    {
        Verdict verdict = Verdict::NoToken;
        qint64 id = 0;
        QString name;
        QDateTime revokedAt;
    };

    void replace(const QList<Entry> &entries);
    bool isLoaded() const { return m_loaded; }
    int activeCount() const;
    // `authorization` is the Authorization header as sent.
    Match check(const QByteArray &authorization) const;
    // The token of "Bearer <token>", or empty.
    static QByteArray bearerToken(const QByteArray &authorization);

private:
    QList<Entry> m_entries;
    bool m_loaded = false;
};
