#include "storeopener.h"

#include "connection.h"
#include "migrator.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

StoreOpener::StoreOpener(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{ }

void StoreOpener::open(const DatabaseConfig &config)
{
    if (!config.isPostgres() || !config.password().isEmpty() || !m_secrets) {
        connectAndMigrate(config, {});
        return;
    }
    m_secrets->read(config.secretKey(), this, [this, config](const SecretResult &result) {
        DatabaseConfig withPassword = config;
        QString note;
        if (result.ok())
            withPassword.setPassword(QString::fromUtf8(result.value));
        else if (result.status != SecretResult::Status::NotFound)
            note = result.message;
        // No stored password is fine: the server may trust this host, or libpq finds ~/.pgpass.
        connectAndMigrate(withPassword, note);
    });
}

StoreError StoreOpener::openAndMigrate(const DatabaseConfig &config)
{
    Connection connection(config);
    if (!connection.isOpen())
        return connection.openError();
    Migrator migrator(connection);
    return migrator.migrate();
}

void StoreOpener::connectAndMigrate(DatabaseConfig config, const QString &keyringNote)
{
    auto *watcher = new QFutureWatcher<StoreError>(this);
    connect(watcher, &QFutureWatcher<StoreError>::finished, this,
            [this, watcher, config, keyringNote]() {
                watcher->deleteLater();
                StoreError error = watcher->result();
                if (!error) {
                    emit opened(config);
                    return;
                }
                if (!keyringNote.isEmpty() && error.kind() == StoreError::Kind::Unavailable) {
                    error = StoreError(
                        error.kind(),
                        error.message() + QLatin1Char(' ')
                            + QCoreApplication::translate(
                                  "StoreOpener", "The database password could not be read: %1")
                                  .arg(keyringNote),
                        error.detail());
                }
                emit failed(error);
            });
    watcher->setFuture(QtConcurrent::run([config]() { return openAndMigrate(config); }));
}
