#pragma once

#include <QStringList>

class CliContext;

// usersync-cli users | departments
namespace DirectoryCommands {
int users(CliContext &context, const QStringList &arguments);
int departments(CliContext &context, const QStringList &arguments);
} // namespace DirectoryCommands
