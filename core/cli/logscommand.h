#pragma once

#include <QStringList>

class CliContext;

// usersync-cli logs [--system] [--source NAME] [--batch BATCH] [--since DATE] [--level LEVEL]
// [--text TEXT]
namespace LogsCommand {
int run(CliContext &context, const QStringList &arguments);
}
