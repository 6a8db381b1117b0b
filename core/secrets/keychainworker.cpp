#include "keychainworker.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace {
QString unreachableHelp()
{
    return QCoreApplication::translate(
        "KeychainSecretStore",
        "UserSync keeps passwords and tokens only in the system keyring. Start "
        "and unlock a keyring (GNOME Keyring, KWallet or another Secret Service "
        "provider) in this desktop session and try again; nothing was saved in "
        "plain text.");
}
} // namespace

KeychainWorker::KeychainWorker(const QString &service, int timeoutMs)
    : m_service(service)
    , m_timeoutMs(timeoutMs)
{ }

SecretResult KeychainWorker::translateError(QKeychain::Job *job, Operation operation,
                                            const QString &key)
{
    SecretResult result;
    const QString reason = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        return result;
    case QKeychain::EntryNotFound:
        result.status = SecretResult::Status::NotFound;
        result.message =
            QCoreApplication::translate("KeychainSecretStore",
                                        "No secret is stored in the keyring under “%1”.")
                .arg(key);
        if (operation == Operation::Remove)
            result.status = SecretResult::Status::Ok; // removing what is not there is done
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = SecretResult::Status::Denied;
        result.message =
            QCoreApplication::translate("KeychainSecretStore",
                                        "The system keyring refused access to “%1” (%2).")
                .arg(key, reason);
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = SecretResult::Status::Unavailable;
        break;
    case QKeychain::OtherError:
        // libsecret reports every failure to reach a usable Secret Service (no D-Bus session, no
        // provider, a locked or missing collection) as OtherError.
        result.status = SecretResult::Status::Unavailable;
        break;
    case QKeychain::CouldNotDeleteEntry:
        result.status = SecretResult::Status::Failed;
        result.message = QCoreApplication::translate("KeychainSecretStore",
                                                     "The system keyring could not delete “%1”: %2")
                             .arg(key, reason);
        return result;
    }
    result.message = QCoreApplication::translate("KeychainSecretStore",
                                                 "No system keyring is reachable (%1). %2")
                         .arg(reason, unreachableHelp());
    return result;
}

void KeychainWorker::run(Operation operation, const QString &key, const QByteArray &value,
                         SecretReply *reply)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setBinaryData(value);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);

    // Whichever comes first, the job's answer or the timeout, answers the caller; the other is
    // ignored.
    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [=, this]() {
        timer->deleteLater();
        if (*answered)
            return;
        *answered = true;
        SecretResult result;
        result.status = SecretResult::Status::Timeout;
        result.message = QCoreApplication::translate(
                             "KeychainSecretStore",
                             "The system keyring did not answer within %1 seconds. It may "
                             "be waiting for an unlock prompt, or no keyring is running. %2")
                             .arg(m_timeoutMs / 1000.0)
                             .arg(unreachableHelp());
        reply->finish(result);
    });
    connect(job, &QKeychain::Job::finished, this, [=](QKeychain::Job *finished) {
        timer->stop();
        timer->deleteLater();
        if (*answered)
            return;
        *answered = true;
        SecretResult result = translateError(finished, operation, key);
        if (result.ok() && operation == Operation::Read)
            result.value = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
        reply->finish(result);
    });
    timer->start(m_timeoutMs);
    job->start();
}
