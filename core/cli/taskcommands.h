#pragma once

#include <QStringList>

class CliContext;

// usersync-cli sync | retry | cancel | tasks | task | push
namespace TaskCommands {
int sync(CliContext &context, const QStringList &arguments);
int retry(CliContext &context, const QStringList &arguments);
int cancel(CliContext &context, const QStringList &arguments);
int tasks(CliContext &context, const QStringList &arguments);
int task(CliContext &context, const QStringList &arguments);
int push(CliContext &context, const QStringList &arguments);
} // namespace TaskCommands
