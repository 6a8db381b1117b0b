#pragma once

#include "clicommand.h"

#include <QList>

// The table of usersync-cli commands.
namespace CliCommands {
const QList<CliCommand> &all();
// The command whose words are the longest prefix of `arguments`, or nullptr.
const CliCommand *find(const QStringList &arguments);
} // namespace CliCommands
