#include "apisourcetype.h"

#include <QCoreApplication>

QString ApiSourceType::title() const
{
    return QCoreApplication::translate("ApiSourceType", "HTTP API (push)");
}

QString ApiSourceType::description() const
{
    return QCoreApplication::translate("ApiSourceType",
                                       "Receives users and departments pushed by another system to "
                                       "POST /api/userData:push or with usersync-cli push.");
}
