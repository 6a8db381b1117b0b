#pragma once

#include <QStringList>

class CliContext;

// usersync-cli serve [--bind ADDR] [--port N] [--max-body-mib N]: the HTTP API, headless, until
// SIGINT/SIGTERM; then it stops accepting and answers the requests in hand before it exits.
namespace ServeCommand {
int run(CliContext &context, const QStringList &arguments);
} // namespace ServeCommand
