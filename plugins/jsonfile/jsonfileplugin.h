#pragma once

#include "sync/usersyncplugin.h"

#include <QObject>

#include <memory>

class JsonFileSourceType;

// An example UserSync plugin: a source type that reads users and departments from a JSON file.
// Small on purpose, to show what a plugin needs: this class, a SourceType and a Puller.
class JsonFilePlugin : public QObject, public UserSyncPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID UserSyncPlugin_iid FILE "jsonfile.json")
    Q_INTERFACES(UserSyncPlugin)

public:
    JsonFilePlugin();
    ~JsonFilePlugin() override;
    QList<SourceType *> sourceTypes() override;

private:
    std::unique_ptr<JsonFileSourceType> m_type;
};
