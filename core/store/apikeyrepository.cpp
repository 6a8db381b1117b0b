#include "apikeyrepository.h"

#include "connection.h"
#include "sqlvalue.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

ApiKeyRepository::ApiKeyRepository(Connection &connection)
    : m_connection(connection)
{ }

QString ApiKeyRepository::newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / 4);
    return QStringLiteral("usk_")
        + QString::fromLatin1(
               bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray ApiKeyRepository::hashToken(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

Result<QPair<ApiKey, QString>> ApiKeyRepository::create(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return StoreError(
            StoreError::Kind::Constraint,
            QCoreApplication::translate("ApiKeyRepository", "An API key needs a name."));
    auto taken = m_connection.scalar(
        QStringLiteral("SELECT revoked_at FROM api_keys WHERE name = ?"), {trimmed});
    if (!taken)
        return taken.error();
    if (taken->isValid()) {
        const QDateTime revoked = SqlValue::toDateTime(*taken);
        return StoreError(
            StoreError::Kind::Duplicate,
            revoked.isValid()
                ? QCoreApplication::translate("ApiKeyRepository",
                                              "An API key named “%1” was revoked on %2; names stay "
                                              "taken so that the history stays readable. Choose "
                                              "another name.")
                      .arg(trimmed, revoked.toLocalTime().toString(Qt::ISODate))
                : QCoreApplication::translate("ApiKeyRepository",
                                              "An API key named “%1” already exists.")
                      .arg(trimmed));
    }
    const QString token = newToken();
    const QString now = Connection::nowText();
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral(
        "INSERT INTO api_keys (name, token_hash, token_prefix, created_at) VALUES (?, ?, ?, ?) "
        "RETURNING id"));
    if (StoreError error = m_connection.run(
            query, {trimmed, QString::fromLatin1(hashToken(token).toHex()), token.left(8), now},
            QCoreApplication::translate("ApiKeyRepository", "Creating API key “%1”").arg(trimmed)))
        return error;
    if (!query.next())
        return StoreError(StoreError::Kind::Query, QStringLiteral("INSERT returned no id"));
    ApiKey key;
    key.id = query.value(0).toLongLong();
    key.name = trimmed;
    key.tokenPrefix = token.left(8);
    key.createdAt = SqlValue::toDateTime(now);
    return qMakePair(key, token);
}

Result<QList<ApiKey>> ApiKeyRepository::list()
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, token_prefix, created_at, last_used_at, "
                                   "revoked_at FROM api_keys ORDER BY id")))
        return StoreError::fromSql(query.lastError());
    QList<ApiKey> keys;
    while (query.next()) {
        keys << ApiKey{query.value(0).toLongLong(),
                       query.value(1).toString(),
                       query.value(2).toString(),
                       SqlValue::toDateTime(query.value(3)),
                       SqlValue::toDateTime(query.value(4)),
                       SqlValue::toDateTime(query.value(5))};
    }
    return keys;
}

StoreError ApiKeyRepository::revoke(const QString &name)
{
    QSqlQuery query(m_connection.database());
    query.prepare(
        QStringLiteral("UPDATE api_keys SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL"));
    if (StoreError error = m_connection.run(query, {Connection::nowText(), name}))
        return error;
    if (query.numRowsAffected() == 0)
        return StoreError(StoreError::Kind::NotFound,
                          QCoreApplication::translate("ApiKeyRepository",
                                                      "There is no active API key named “%1”.")
                              .arg(name));
    return {};
}

Result<QList<ApiKeyRepository::ActiveKey>> ApiKeyRepository::active()
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, token_hash FROM api_keys WHERE revoked_at IS NULL")))
        return StoreError::fromSql(query.lastError());
    QList<ActiveKey> keys;
    while (query.next())
        keys << ActiveKey{query.value(0).toLongLong(),
                          QByteArray::fromHex(query.value(1).toString().toLatin1())};
    return keys;
}

Result<QList<ApiKeyRepository::KeyHash>> ApiKeyRepository::hashes()
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, token_hash, revoked_at FROM api_keys")))
        return StoreError::fromSql(query.lastError());
    QList<KeyHash> keys;
    while (query.next())
        keys << KeyHash{query.value(0).toLongLong(), query.value(1).toString(),
                        QByteArray::fromHex(query.value(2).toString().toLatin1()),
                        SqlValue::toDateTime(query.value(3))};
    return keys;
}

StoreError ApiKeyRepository::touch(qint64 id, const QDateTime &when)
{
    const QString text = when.toUTC().toString(Qt::ISODateWithMs);
    return m_connection.exec(QStringLiteral("UPDATE api_keys SET last_used_at = ? WHERE id = ? AND "
                                            "(last_used_at IS NULL OR last_used_at < ?)"),
                             {text, id, text});
}

StoreError ApiKeyRepository::touch(qint64 id)
{
    return m_connection.exec(QStringLiteral("UPDATE api_keys SET last_used_at = ? WHERE id = ?"),
                             {Connection::nowText(), id});
}
