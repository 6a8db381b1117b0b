#include "logcategory.h"

Q_LOGGING_CATEGORY(lcLogs, "usersync.logs")
