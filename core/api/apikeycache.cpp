#include "apikeycache.h"

#include <QCryptographicHash>

void ApiKeyCache::replace(const QList<Entry> &entries)
{
    m_entries = entries;
    m_loaded = true;
}

int ApiKeyCache::activeCount() const
{
    int count = 0;
    for (const Entry &entry : m_entries)
        count += entry.revokedAt.isValid() ? 0 : 1;
    return count;
}

QByteArray ApiKeyCache::bearerToken(const QByteArray &authorization)
{
    const QByteArray value = authorization.trimmed();
    const qsizetype space = value.indexOf(' ');
    if (space <= 0 || value.left(space).compare("bearer", Qt::CaseInsensitive) != 0)
        return {};
    return value.mid(space + 1).trimmed();
}

ApiKeyCache::Match ApiKeyCache::check(const QByteArray &authorization) const
{
    Match match;
    const QByteArray token = bearerToken(authorization);
    if (token.isEmpty())
        return match;
    match.verdict = Verdict::Unknown;
    const QByteArray hash = QCryptographicHash::hash(token, QCryptographicHash::Sha256);
    // Compare with every key and never stop early, so the time taken says nothing about which
    // bytes matched.
    qsizetype found = -1;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const QByteArray &candidate = m_entries.at(i).hash;
        unsigned char difference = candidate.size() == hash.size() ? 0 : 1;
        const qsizetype length = qMin(candidate.size(), hash.size());
        for (qsizetype b = 0; b < length; ++b)
            difference |= static_cast<unsigned char>(candidate.at(b) ^ hash.at(b));
        if (difference == 0)
            found = i;
    }
    if (found < 0)
        return match;
    const Entry &entry = m_entries.at(found);
    match.id = entry.id;
    match.name = entry.name;
    match.revokedAt = entry.revokedAt;
    match.verdict = entry.revokedAt.isValid() ? Verdict::Revoked : Verdict::Valid;
    return match;
}
