#include "appinfo.h"

#include "common/version.h"

#include <QCoreApplication>

QString AppInfo::name()
{
    return QStringLiteral("UserSync");
}

QString AppInfo::version()
{
    return QStringLiteral(USERSYNC_VERSION);
}

QString AppInfo::applicationId()
{
    return QStringLiteral(USERSYNC_APP_ID);
}

QString AppInfo::keychainService()
{
    return applicationId();
}

void AppInfo::apply(QCoreApplication &app)
{
    Q_UNUSED(app);
    QCoreApplication::setApplicationName(QStringLiteral("usersync"));
    QCoreApplication::setOrganizationName(QStringLiteral("UserSync"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("usersync.org"));
    QCoreApplication::setApplicationVersion(version());
}
