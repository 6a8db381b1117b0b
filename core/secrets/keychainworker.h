#pragma once

#include "secretstore.h"

#include <QObject>

namespace QKeychain {
class Job;
}

// Lives on KeychainSecretStore's thread and drives QtKeychain jobs there.
class KeychainWorker : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Read, Write, Remove };

    KeychainWorker(const QString &service, int timeoutMs);

    // Called on the worker's thread (through a queued invocation).
    void run(Operation operation, const QString &key, const QByteArray &value, SecretReply *reply);

    static SecretResult translateError(QKeychain::Job *job, Operation operation,
                                       const QString &key);

private:
    QString m_service;
    int m_timeoutMs;
};
