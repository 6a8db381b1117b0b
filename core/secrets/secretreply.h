#pragma once

#include "secretresult.h"

#include <QObject>

// Carries one answer of a SecretStore back to the caller's thread, then deletes itself.
class SecretReply : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    // Thread-safe: may be called from the thread that did the work.
    void finish(const SecretResult &result);

signals:
    void finished(const SecretResult &result);
};
