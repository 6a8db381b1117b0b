#include "cliapplication.h"

#include "clicommands.h"
#include "clicontext.h"
#include "common/appinfo.h"
#include "exitcode.h"

#include <QCoreApplication>

QString CliApplication::usage()
{
    QString text = QCoreApplication::translate(
        "CliApplication",
        "Usage: usersync-cli [global options] COMMAND [arguments]\n"
        "\n"
        "Global options:\n"
        "  --data-dir DIR     folder for the database and logs (default: $USERSYNC_DATA_DIR or "
        "%1)\n"
        "  --database URL     an SQLite file or postgresql://user@host:port/database\n"
        "  --json             machine-readable output on stdout\n"
        "  -h, --help         show this help\n"
        "  -v, --version      show the version\n"
        "\n"
        "Commands:\n");
    text = text.arg(QStringLiteral("~/.local/share/usersync"));
    for (const CliCommand &command : CliCommands::all())
        text += QStringLiteral("  %1\n      %2\n").arg(command.synopsis, command.summary());
    text += QCoreApplication::translate(
        "CliApplication",
        "\nExit codes: 0 done (also a partial task), 1 task failed, 2 bad usage or "
        "input, 3 not found, 4 refused.\n");
    return text;
}

int CliApplication::run(const QStringList &arguments)
{
    CliContext context;
    QStringList rest;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const auto takeValue = [&](QString *target) {
            if (i + 1 >= arguments.size())
                return false;
            *target = arguments.at(++i);
            return true;
        };
        if (!rest.isEmpty()) {
            rest << argument;
        } else if (argument == QLatin1String("--version") || argument == QLatin1String("-v")) {
            context.out(QStringLiteral("usersync-cli %1\n").arg(AppInfo::version()));
            return ExitCode::Done;
        } else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            context.out(usage());
            return ExitCode::Done;
        } else if (argument == QLatin1String("--json")) {
            context.setJson(true);
        } else if (argument == QLatin1String("--data-dir")) {
            QString value;
            if (!takeValue(&value))
                return context.usageError(
                    QCoreApplication::translate("CliApplication", "--data-dir needs a folder."));
            context.setDataDirOverride(value);
        } else if (argument == QLatin1String("--database")) {
            QString value;
            if (!takeValue(&value))
                return context.usageError(
                    QCoreApplication::translate("CliApplication", "--database needs a URL."));
            context.setDatabaseOverride(value);
        } else if (argument.startsWith(QLatin1String("--data-dir="))) {
            context.setDataDirOverride(argument.mid(11));
        } else if (argument.startsWith(QLatin1String("--database="))) {
            context.setDatabaseOverride(argument.mid(11));
        } else if (argument.startsWith(QLatin1Char('-'))) {
            return context.usageError(
                QCoreApplication::translate("CliApplication", "Unknown option “%1”.")
                    .arg(argument));
        } else {
            rest << argument;
        }
    }
    if (rest.isEmpty()) {
        context.err(usage());
        return ExitCode::BadUsage;
    }
    const CliCommand *command = CliCommands::find(rest);
    if (!command)
        return context.usageError(
            QCoreApplication::translate("CliApplication",
                                        "Unknown command “%1”. See usersync-cli --help.")
                .arg(rest.join(QLatin1Char(' '))));
    const QStringList commandArguments = rest.mid(command->words.size());
    context.startLogging();
    return command->run(context, commandArguments);
}
