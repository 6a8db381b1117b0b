#include "databasecommand.h"

#include "clicontext.h"
#include "exitcode.h"
#include "secrets/secretstore.h"
#include "store/databaseconfig.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

#include <cstdio>

namespace DatabaseCommand {

int password(CliContext &context, const QStringList &arguments)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("DatabaseCommand", text);
    };
    if (arguments.size() != 1)
        return context.usageError(
            tr("Usage: database password postgresql://user@host:port/database  (password on "
               "standard input)"));
    QString problem;
    const DatabaseConfig config = DatabaseConfig::fromUrl(arguments.constFirst(), &problem);
    if (!config.isValid())
        return context.usageError(problem);
    if (!config.isPostgres())
        return context.usageError(tr("Only PostgreSQL databases have a password."));
    QTextStream input(stdin);
    const QString password = input.readLine();
    if (password.isEmpty())
        return context.usageError(
            tr("Write the password on standard input, e.g. from a password manager."));
    QEventLoop loop;
    SecretResult answer;
    context.secrets()->write(config.secretKey(), password.toUtf8(), &loop,
                             [&](const SecretResult &result) {
                                 answer = result;
                                 loop.quit();
                             });
    loop.exec();
    if (!answer.ok())
        return context.fail(ExitCode::TaskFailed, answer.message);
    context.out(tr("The password for %1 is stored in the keyring.\n").arg(config.url()));
    return ExitCode::Done;
}

} // namespace DatabaseCommand
