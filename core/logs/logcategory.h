#pragma once

#include <QLoggingCategory>

// Warnings the logging code itself raises (a log folder that cannot be written, a file that
// cannot be read). They end up in the system log like any other message.
Q_DECLARE_LOGGING_CATEGORY(lcLogs)
