#include "apikeyscommands.h"

#include "clicontext.h"
#include "clijson.h"
#include "exitcode.h"
#include "store/apikeyrepository.h"
#include "store/connection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ApiKeysCommands", text);
}

QJsonObject keyJson(const ApiKey &key)
{
    return QJsonObject{{QStringLiteral("name"), key.name},
                       {QStringLiteral("prefix"), key.tokenPrefix},
                       {QStringLiteral("createdAt"), CliJson::time(key.createdAt)},
                       {QStringLiteral("lastUsedAt"), CliJson::time(key.lastUsedAt)},
                       {QStringLiteral("revokedAt"), CliJson::time(key.revokedAt)}};
}

QString shown(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QStringLiteral("-");
}
} // namespace

namespace ApiKeysCommands {

int create(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return context.usageError(tr("Usage: apikeys create NAME"));
    const QString name = arguments.constFirst().trimmed();
    const bool printable = std::none_of(name.cbegin(), name.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control || c.isNonCharacter();
    });
    if (name.isEmpty() || name.size() > 100 || !printable)
        return context.usageError(
            tr("An API key needs a name of 1 to 100 printable characters, e.g. “hr-export”."));
    int exitCode = ExitCode::Done;
    Connection *db = context.connection(&exitCode);
    if (!db)
        return exitCode;
    auto created = ApiKeyRepository(*db).create(name);
    if (!created)
        return context.storeFailure(created.error());
    const ApiKey &key = created->first;
    const QString &token = created->second;
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("name"), key.name},
                                      {QStringLiteral("token"), token},
                                      {QStringLiteral("prefix"), key.tokenPrefix},
                                      {QStringLiteral("createdAt"), CliJson::time(key.createdAt)}});
    } else {
        context.err(tr("API key “%1” created. This is the only time its token is shown; store it "
                       "now (send it as “Authorization: Bearer <token>”):\n")
                        .arg(key.name));
        context.out(token + QLatin1Char('\n'));
    }
    return ExitCode::Done;
}

int list(CliContext &context, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return context.usageError(tr("apikeys list takes no arguments."));
    int exitCode = ExitCode::Done;
    Connection *db = context.connection(&exitCode);
    if (!db)
        return exitCode;
    auto keys = ApiKeyRepository(*db).list();
    if (!keys)
        return context.storeFailure(keys.error());
    QJsonArray array;
    QString text = tr("NAME\tPREFIX\tCREATED\tLAST USED\tREVOKED\n");
    for (const ApiKey &key : std::as_const(*keys)) {
        array.append(keyJson(key));
        text += QStringLiteral("%1\t%2…\t%3\t%4\t%5\n")
                    .arg(key.name, key.tokenPrefix, shown(key.createdAt), shown(key.lastUsedAt),
                         shown(key.revokedAt));
    }
    if (context.json())
        context.printJson(array);
    else
        context.out(text);
    return ExitCode::Done;
}

int revoke(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return context.usageError(tr("Usage: apikeys revoke NAME"));
    int exitCode = ExitCode::Done;
    Connection *db = context.connection(&exitCode);
    if (!db)
        return exitCode;
    ApiKeyRepository repository(*db);
    if (StoreError error = repository.revoke(arguments.constFirst()))
        return context.storeFailure(error);
    auto keys = repository.list();
    ApiKey revoked;
    if (keys) {
        for (const ApiKey &key : std::as_const(*keys)) {
            if (key.name == arguments.constFirst())
                revoked = key;
        }
    }
    if (context.json())
        context.printJson(keyJson(revoked));
    else
        context.out(tr("API key “%1” revoked. A running server refuses it within 15 seconds.\n")
                        .arg(arguments.constFirst()));
    return ExitCode::Done;
}

} // namespace ApiKeysCommands
