#pragma once

#include <QLoggingCategory>

// The HTTP API's log category ("usersync.api"), shared by its classes.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
