#pragma once

#include "secretstore.h"

#include <QHash>
#include <QMutex>

// Secrets in memory, for unit tests. Can pretend that no keyring is reachable, so callers'
// error paths can be tested without breaking a real keyring.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback callback) override;
    void write(const QString &key, const QByteArray &value, QObject *context,
               Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;
    QString backendName() const override;

    void setUnavailable(bool unavailable);
    // Everything stored, for tests that check no secret leaked elsewhere.
    QHash<QString, QByteArray> entries() const;

private:
    SecretResult unavailableResult() const;

    mutable QMutex m_mutex;
    QHash<QString, QByteArray> m_entries;
    bool m_unavailable = false;
};
