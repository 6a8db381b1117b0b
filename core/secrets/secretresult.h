#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

// The outcome of one keychain operation.
struct SecretResult
{
    enum class Status {
        Ok,
        NotFound, // no entry under that key
        Unavailable, // no keyring is reachable (no D-Bus session, no Secret Service, locked)
        Timeout, // the keyring did not answer in time
        Denied, // the user or the keyring refused access
        Failed, // anything else
    };

    Status status = Status::Ok;
    QString message; // for an administrator; empty when Ok
    QByteArray value;

    bool ok() const { return status == Status::Ok; }
};

Q_DECLARE_METATYPE(SecretResult)
