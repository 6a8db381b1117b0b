#include "secretstore.h"

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{ }

SecretStore::~SecretStore() = default;

QString SecretStore::sourceSecretKey(const QString &sourceName, const QString &optionKey)
{
    return QStringLiteral("source/%1/%2").arg(sourceName, optionKey);
}

SecretReply *SecretStore::makeReply(QObject *context, const Callback &callback)
{
    auto *reply = new SecretReply;
    if (context && callback) {
        QObject::connect(
            reply, &SecretReply::finished, context,
            [callback](const SecretResult &result) { callback(result); }, Qt::QueuedConnection);
    }
    return reply;
}
