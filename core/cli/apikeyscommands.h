#pragma once

#include <QStringList>

class CliContext;

// usersync-cli apikeys create NAME | list | revoke NAME: the keys of the HTTP API.
namespace ApiKeysCommands {
int create(CliContext &context, const QStringList &arguments);
int list(CliContext &context, const QStringList &arguments);
int revoke(CliContext &context, const QStringList &arguments);
} // namespace ApiKeysCommands
