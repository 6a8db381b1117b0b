#pragma once

#include <QStringList>

class CliContext;

// usersync-cli: parses the global options, picks the command and runs it.
// Commands and their JSON output are a stable contract (see README, "usersync-cli").
class CliApplication
{
public:
    // `arguments` excludes the program name. Returns the process exit code.
    static int run(const QStringList &arguments);

    static QString usage();
};
