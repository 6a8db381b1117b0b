#pragma once

#include "secretstore.h"

class QThread;

class KeychainWorker;

// Secrets in the operating system's keyring through QtKeychain (Secret Service / GNOME Keyring
// or KWallet on Linux, Keychain on macOS, Credential Manager on Windows).
//
// Jobs run on one keychain thread with an event loop, so no caller's thread ever waits on
// D-Bus. The thread is shared by every store in the process and lives until the process ends:
// libsecret binds its D-Bus proxies to the thread that first used them. QtKeychain has no timeout
// of its own; each job gets one here. When no keyring is
// reachable the operation fails with a message that says so: there is no plain-text fallback.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr,
                                 int timeoutMs = 15000);
    ~KeychainSecretStore() override;

    void read(const QString &key, QObject *context, Callback callback) override;
    void write(const QString &key, const QByteArray &value, QObject *context,
               Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;
    QString backendName() const override;

private:
    static QThread *sharedThread();
    KeychainWorker *m_worker = nullptr;
};
