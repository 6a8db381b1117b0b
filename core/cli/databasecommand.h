#pragma once

#include <QStringList>

class CliContext;

// usersync-cli database password URL: stores a PostgreSQL password (read from standard input)
// in the keyring, where the store looks for it.
namespace DatabaseCommand {
int password(CliContext &context, const QStringList &arguments);
}
