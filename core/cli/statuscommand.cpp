#include "statuscommand.h"

#include "clicontext.h"
#include "common/appinfo.h"
#include "exitcode.h"
#include "store/connection.h"
#include "store/migrator.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace StatusCommand {

int run(CliContext &context, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return context.usageError(
            QCoreApplication::translate("StatusCommand", "status takes no arguments."));
    int exitCode = ExitCode::Done;
    Connection *connection = context.connection(&exitCode);
    if (!connection)
        return exitCode;
    Migrator migrator(*connection);
    auto version = migrator.currentVersion();
    if (!version)
        return context.storeFailure(version.error());
    const QString engine =
        connection->isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("version"), AppInfo::version()},
                                      {QStringLiteral("dataDir"), context.dataDir().root()},
                                      {QStringLiteral("database"), connection->config().url()},
                                      {QStringLiteral("engine"), engine},
                                      {QStringLiteral("schemaVersion"), *version}});
    } else {
        context.out(
            QCoreApplication::translate("StatusCommand",
                                        "UserSync %1\nData folder:    %2\nDatabase:       %3 (%4)\n"
                                        "Schema version: %5\n")
                .arg(AppInfo::version(), context.dataDir().root(), connection->config().url(),
                     engine)
                .arg(*version));
    }
    return ExitCode::Done;
}

} // namespace StatusCommand
