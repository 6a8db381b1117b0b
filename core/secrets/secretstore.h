#pragma once

#include "secretreply.h"
#include "secretresult.h"

#include <QObject>

#include <functional>

// Where secrets (source passwords and tokens, the PostgreSQL password) live. Asynchronous: every
// operation answers later through its callback, on the thread of `context`, and not at all if
// `context` is destroyed first. Implementations never fall back to storing plain text.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const SecretResult &)>;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    virtual void read(const QString &key, QObject *context, Callback callback) = 0;
    virtual void write(const QString &key, const QByteArray &value, QObject *context,
                       Callback callback) = 0;
    virtual void remove(const QString &key, QObject *context, Callback callback) = 0;
    // A short name for messages ("system keyring", "memory").
    virtual QString backendName() const = 0;

    // Keys used across the application, so no caller spells one differently.
    static QString sourceSecretKey(const QString &sourceName, const QString &optionKey);

protected:
    // A reply bound to `context`: answering it from any thread runs `callback` on the context's
    // thread, and does nothing once the context is destroyed (Qt drops the connection).
    static SecretReply *makeReply(QObject *context, const Callback &callback);
};
