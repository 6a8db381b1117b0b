#pragma once

#include <QString>

class QSettings;

// Where and how the HTTP API listens. Off by default; loopback by default.
struct ApiServerSettings
{
    static constexpr quint16 DefaultPort = 13000; // NocoBase's default
    static constexpr qint64 DefaultMaxBodyBytes = 32 * 1024 * 1024;

    bool enabled = false;
    QString bindAddress = QStringLiteral("127.0.0.1");
    quint16 port = DefaultPort;
    qint64 maxBodyBytes = DefaultMaxBodyBytes;

    // Keys api/enabled, api/bindAddress, api/port, api/maxBodyBytes.
    static ApiServerSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
    // True for 127.0.0.0/8, ::1 and "localhost"; anything else deserves a warning.
    bool isLoopback() const;
};
