#pragma once

#include <QList>
#include <QtPlugin>

class Resource;
class SourceType;

// The interface a UserSync plugin implements (a Qt plugin loaded with QPluginLoader from
// <executable dir>/plugins, <install prefix>/lib/usersync/plugins or <data>/plugins).
// Its metadata JSON must contain {"apiVersion": 1}. The objects stay owned by the plugin.
class UserSyncPlugin
{
public:
    static constexpr int ApiVersion = 1;

    virtual ~UserSyncPlugin() = default;
    virtual QList<SourceType *> sourceTypes() = 0;
    virtual QList<Resource *> resources() { return {}; }
};

#define UserSyncPlugin_iid "org.usersync.UserSyncPlugin/1"
Q_DECLARE_INTERFACE(UserSyncPlugin, UserSyncPlugin_iid)
