#include "clicommands.h"

#include "statuscommand.h"

namespace CliCommands {

const QList<CliCommand> &all()
{
    static const QList<CliCommand> commands = {
        {{QStringLiteral("status")},
         QStringLiteral("status"),
         QT_TRANSLATE_NOOP("CliCommands",
                           "Open the store (creating or upgrading it) and show where it is"),
         StatusCommand::run},
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
