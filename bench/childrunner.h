#pragma once

#include "benchoptions.h"
#include "benchresult.h"

// Runs one scenario in a child process (usersync-bench --child NAME ...), so that its peak RSS
// is its own and no scenario inherits another's caches, and reads the JSON line it prints.
class ChildRunner
{
public:
    explicit ChildRunner(const BenchOptions &options);
    BenchResult run(const QString &name) const;

private:
    BenchOptions m_options;
};
