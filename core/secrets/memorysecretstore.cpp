#include "memorysecretstore.h"

#include <QCoreApplication>

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{ }

SecretResult MemorySecretStore::unavailableResult() const
{
    return {
        SecretResult::Status::Unavailable,
        QCoreApplication::translate("MemorySecretStore", "No keyring is reachable (simulated)."),
        {}};
}

void MemorySecretStore::read(const QString &key, QObject *context, Callback callback)
{
    QMutexLocker lock(&m_mutex);
    SecretResult result;
    if (m_unavailable) {
        result = unavailableResult();
    } else if (!m_entries.contains(key)) {
        result = {
            SecretResult::Status::NotFound,
            QCoreApplication::translate("MemorySecretStore", "No secret is stored under “%1”.")
                .arg(key),
            {}};
    } else {
        result.value = m_entries.value(key);
    }
    makeReply(context, callback)->finish(result);
}

void MemorySecretStore::write(const QString &key, const QByteArray &value, QObject *context,
                              Callback callback)
{
    QMutexLocker lock(&m_mutex);
    if (m_unavailable) {
        makeReply(context, callback)->finish(unavailableResult());
        return;
    }
    m_entries.insert(key, value);
    makeReply(context, callback)->finish({});
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback callback)
{
    QMutexLocker lock(&m_mutex);
    if (m_unavailable) {
        makeReply(context, callback)->finish(unavailableResult());
        return;
    }
    m_entries.remove(key);
    makeReply(context, callback)->finish({});
}

QString MemorySecretStore::backendName() const
{
    return QStringLiteral("memory");
}

void MemorySecretStore::setUnavailable(bool unavailable)
{
    QMutexLocker lock(&m_mutex);
    m_unavailable = unavailable;
}

QHash<QString, QByteArray> MemorySecretStore::entries() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries;
}
