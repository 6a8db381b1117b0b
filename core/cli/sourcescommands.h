#pragma once

#include <QStringList>

class CliContext;

// usersync-cli sources types | list | add | update | remove
namespace SourcesCommands {
int types(CliContext &context, const QStringList &arguments);
int list(CliContext &context, const QStringList &arguments);
int add(CliContext &context, const QStringList &arguments);
int update(CliContext &context, const QStringList &arguments);
int remove(CliContext &context, const QStringList &arguments);
} // namespace SourcesCommands
