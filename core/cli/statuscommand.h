#pragma once

#include <QStringList>

class CliContext;

// `usersync-cli status`: opens the store and reports data folder, database and schema version.
namespace StatusCommand {
int run(CliContext &context, const QStringList &arguments);
}
