#pragma once

#include "databaseconfig.h"
#include "storeerror.h"

#include <QMetaType>
#include <QObject>

class SecretStore;

// Opens the configured store without blocking the caller: reads the PostgreSQL password from the
// keychain, then connects and migrates on a pool thread, and reports once.
class StoreOpener : public QObject
{
    Q_OBJECT

public:
    explicit StoreOpener(SecretStore *secrets, QObject *parent = nullptr);

    void open(const DatabaseConfig &config);

    // Connects and migrates on the calling thread; used by the pool job and by tests.
    static StoreError openAndMigrate(const DatabaseConfig &config);

signals:
    // `config` carries the password read from the keychain (memory only).
    void opened(const DatabaseConfig &config);
    void failed(const StoreError &error);

private:
    void connectAndMigrate(DatabaseConfig config, const QString &keyringNote);
    SecretStore *m_secrets;
};

Q_DECLARE_METATYPE(StoreError)
Q_DECLARE_METATYPE(DatabaseConfig)
