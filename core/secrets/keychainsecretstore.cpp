#include "keychainsecretstore.h"

#include "keychainworker.h"

#include <QMetaObject>

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent, int timeoutMs)
    : SecretStore(parent)
{
    m_thread.setObjectName(QStringLiteral("keychain"));
    m_worker = new KeychainWorker(service, timeoutMs);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

KeychainSecretStore::~KeychainSecretStore()
{
    m_thread.quit();
    m_thread.wait();
}

void KeychainSecretStore::read(const QString &key, QObject *context, Callback callback)
{
    SecretReply *reply = makeReply(context, callback);
    QMetaObject::invokeMethod(
        m_worker, [=, this]() { m_worker->run(KeychainWorker::Operation::Read, key, {}, reply); });
}

void KeychainSecretStore::write(const QString &key, const QByteArray &value, QObject *context,
                                Callback callback)
{
    SecretReply *reply = makeReply(context, callback);
    QMetaObject::invokeMethod(m_worker, [=, this]() {
        m_worker->run(KeychainWorker::Operation::Write, key, value, reply);
    });
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback callback)
{
    SecretReply *reply = makeReply(context, callback);
    QMetaObject::invokeMethod(m_worker, [=, this]() {
        m_worker->run(KeychainWorker::Operation::Remove, key, {}, reply);
    });
}

QString KeychainSecretStore::backendName() const
{
    return tr("system keyring");
}
