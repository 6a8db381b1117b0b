#pragma once

#include <QList>
#include <QPluginLoader>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class ResourceRegistry;
class SourceRegistry;

// Loads UserSync plugins (UserSyncPlugin) from folders and registers what they provide. A file
// that is not a UserSync plugin, has another API version or clashes with a known key is skipped
// and reported, never fatal.
class PluginLoader
{
public:
    struct Report
    {
        QString file;
        bool loaded = false;
        QString message; // what it provided, or why it was skipped
    };

    // <executable dir>/plugins, <prefix>/<libdir>/usersync/plugins, and <data>/plugins.
    static QStringList defaultFolders(const QString &dataPluginsDir);

    PluginLoader();
    ~PluginLoader();
    Q_DISABLE_COPY_MOVE(PluginLoader)

    QList<Report> load(const QStringList &folders, SourceRegistry &sources,
                       ResourceRegistry &resources);

private:
    std::vector<std::unique_ptr<QPluginLoader>>
        m_loaders; // kept loaded while the registries use them
};
