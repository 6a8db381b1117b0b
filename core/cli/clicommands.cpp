#include "clicommands.h"

#include "apikeyscommands.h"
#include "databasecommand.h"
#include "directorycommands.h"
#include "logscommand.h"
#include "servecommand.h"
#include "sourcescommands.h"
#include "statuscommand.h"
#include "taskcommands.h"

namespace CliCommands {

const QList<CliCommand> &all()
{
    static const QList<CliCommand> commands = {
        {{QStringLiteral("status")},
         QStringLiteral("status"),
         QT_TRANSLATE_NOOP("CliCommands",
                           "Open the store (creating or upgrading it) and show where it is"),
         StatusCommand::run},
        {{QStringLiteral("sources"), QStringLiteral("types")},
         QStringLiteral("sources types"),
         QT_TRANSLATE_NOOP("CliCommands", "List the source types and their options"),
         SourcesCommands::types},
        {{QStringLiteral("sources"), QStringLiteral("list")},
         QStringLiteral("sources list"),
         QT_TRANSLATE_NOOP("CliCommands", "List the sources with their last run"),
         SourcesCommands::list},
        {{QStringLiteral("sources"), QStringLiteral("add")},
         QStringLiteral(
             "sources add NAME --type TYPE [--enable] [--option KEY=VALUE]... [--secret KEY]..."),
         QT_TRANSLATE_NOOP(
             "CliCommands",
             "Add a source; secret values are read from standard input, one line each"),
         SourcesCommands::add},
        {{QStringLiteral("sources"), QStringLiteral("update")},
         QStringLiteral(
             "sources update NAME [--enable|--disable] [--option KEY=VALUE]... [--secret KEY]..."),
         QT_TRANSLATE_NOOP("CliCommands", "Change a source; --option KEY= removes an option"),
         SourcesCommands::update},
        {{QStringLiteral("sources"), QStringLiteral("remove")},
         QStringLiteral("sources remove NAME"),
         QT_TRANSLATE_NOOP("CliCommands",
                           "Remove a source and its task history (its users and departments stay)"),
         SourcesCommands::remove},
        {{QStringLiteral("sync")},
         QStringLiteral("sync NAME"),
         QT_TRANSLATE_NOOP("CliCommands",
                           "Run a sync to its end; progress on stderr, Ctrl-C cancels"),
         TaskCommands::sync},
        {{QStringLiteral("retry")},
         QStringLiteral("retry BATCH"),
         QT_TRANSLATE_NOOP("CliCommands",
                           "Run a failed, partial or cancelled task again under the same batch"),
         TaskCommands::retry},
        {{QStringLiteral("cancel")},
         QStringLiteral("cancel BATCH"),
         QT_TRANSLATE_NOOP("CliCommands", "Ask a task running in another process to stop"),
         TaskCommands::cancel},
        {{QStringLiteral("tasks")},
         QStringLiteral("tasks NAME [--limit N]"),
         QT_TRANSLATE_NOOP("CliCommands", "List a source's tasks, newest first"),
         TaskCommands::tasks},
        {{QStringLiteral("task")},
         QStringLiteral("task BATCH [--action ACTION] [--attempt N]"),
         QT_TRANSLATE_NOOP("CliCommands", "Show a task with its per-record results"),
         TaskCommands::task},
        {{QStringLiteral("push")},
         QStringLiteral("push FILE|-"),
         QT_TRANSLATE_NOOP(
             "CliCommands",
             "Apply a NocoBase push body as a task of its sourceName (default “api”)"),
         TaskCommands::push},
        {{QStringLiteral("users")},
         QStringLiteral("users"),
         QT_TRANSLATE_NOOP("CliCommands", "List the users with departments and source links"),
         DirectoryCommands::users},
        {{QStringLiteral("departments")},
         QStringLiteral("departments"),
         QT_TRANSLATE_NOOP("CliCommands", "List the departments (a tree; --json: a flat array)"),
         DirectoryCommands::departments},
        {{QStringLiteral("logs")},
         QStringLiteral("logs [--system] [--source NAME] [--batch BATCH] [--since DATE]"),
         QT_TRANSLATE_NOOP("CliCommands",
                           "Show the raw-record log (or the system log with --system)"),
         LogsCommand::run},
        {{QStringLiteral("database"), QStringLiteral("password")},
         QStringLiteral("database password URL"),
         QT_TRANSLATE_NOOP("CliCommands",
                           "Store a PostgreSQL password (from standard input) in the keyring"),
         DatabaseCommand::password},
        {{QStringLiteral("serve")},
         QStringLiteral("serve [--bind ADDRESS] [--port N] [--max-body-mib N]"),
         QT_TRANSLATE_NOOP("CliCommands",
                           "Run the HTTP API (NocoBase-compatible push) until SIGINT or SIGTERM"),
         ServeCommand::run},
        {{QStringLiteral("apikeys"), QStringLiteral("create")},
         QStringLiteral("apikeys create NAME"),
         QT_TRANSLATE_NOOP("CliCommands",
                           "Create an API key for the HTTP API; its token is printed only once"),
         ApiKeysCommands::create},
        {{QStringLiteral("apikeys"), QStringLiteral("list")},
         QStringLiteral("apikeys list"),
         QT_TRANSLATE_NOOP("CliCommands", "List the API keys (never their tokens)"),
         ApiKeysCommands::list},
        {{QStringLiteral("apikeys"), QStringLiteral("revoke")},
         QStringLiteral("apikeys revoke NAME"),
         QT_TRANSLATE_NOOP("CliCommands", "Revoke an API key; servers refuse it from then on"),
         ApiKeysCommands::revoke},
    };
    return commands;
}

const CliCommand *find(const QStringList &arguments)
{
    const CliCommand *best = nullptr;
    for (const CliCommand &command : all()) {
        if (command.words.size() > arguments.size())
            continue;
        if (arguments.mid(0, command.words.size()) != command.words)
            continue;
        if (!best || command.words.size() > best->words.size())
            best = &command;
    }
    return best;
}

} // namespace CliCommands
