#include "keychainsecretstore.h"

#include "keychainworker.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QMutex>
#include <QThread>

namespace {
QThread *keychainThread = nullptr;

// Runs when the application object is destroyed: no store can be used after that.
void stopKeychainThread()
{
    keychainThread->quit();
    keychainThread->wait();
    delete keychainThread;
    keychainThread = nullptr;
}
} // namespace

QThread *KeychainSecretStore::sharedThread()
{
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    if (!keychainThread) {
        keychainThread = new QThread;
        keychainThread->setObjectName(QStringLiteral("keychain"));
        keychainThread->start();
        qAddPostRoutine(stopKeychainThread);
    }
    return keychainThread;
}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent, int timeoutMs)
    : SecretStore(parent)
{
    m_worker = new KeychainWorker(service, timeoutMs);
    m_worker->moveToThread(sharedThread());
}

KeychainSecretStore::~KeychainSecretStore()
{
    // Jobs still running answer into replies bound to their callers; the worker goes with its
    // children once the keychain thread gets to it.
    m_worker->deleteLater();
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
