#include "apiserversettings.h"

#include <QHostAddress>
#include <QSettings>

ApiServerSettings ApiServerSettings::load(const QSettings &settings)
{
    ApiServerSettings result;
    result.enabled = settings.value(QStringLiteral("api/enabled"), false).toBool();
    result.bindAddress =
        settings.value(QStringLiteral("api/bindAddress"), result.bindAddress).toString();
    result.port = quint16(settings.value(QStringLiteral("api/port"), DefaultPort).toUInt());
    result.maxBodyBytes =
        settings.value(QStringLiteral("api/maxBodyBytes"), DefaultMaxBodyBytes).toLongLong();
    return result;
}

void ApiServerSettings::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("api/enabled"), enabled);
    settings.setValue(QStringLiteral("api/bindAddress"), bindAddress);
    settings.setValue(QStringLiteral("api/port"), port);
    settings.setValue(QStringLiteral("api/maxBodyBytes"), maxBodyBytes);
}

bool ApiServerSettings::isLoopback() const
{
    if (bindAddress.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(bindAddress);
    return !address.isNull() && address.isLoopback();
}
