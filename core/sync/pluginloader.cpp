#include "pluginloader.h"

#include "resource.h"
#include "resourceregistry.h"
#include "sourceregistry.h"
#include "sourcetype.h"
#include "usersyncplugin.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QLibrary>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPlugins, "usersync.plugins")

PluginLoader::PluginLoader() = default;
PluginLoader::~PluginLoader() = default;

QStringList PluginLoader::defaultFolders(const QString &dataPluginsDir)
{
    const QString executableDir = QCoreApplication::applicationDirPath();
    return {
        QDir(executableDir).filePath(QStringLiteral("plugins")),
        QDir::cleanPath(QDir(executableDir).filePath(QStringLiteral("../lib/usersync/plugins"))),
        dataPluginsDir};
}

QList<PluginLoader::Report> PluginLoader::load(const QStringList &folders, SourceRegistry &sources,
                                               ResourceRegistry &resources)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("PluginLoader", text);
    };
    QList<Report> reports;
    for (const QString &folder : folders) {
        const QDir dir(folder);
        if (folder.isEmpty() || !dir.exists())
            continue;
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            const QString path = dir.filePath(name);
            if (!QLibrary::isLibrary(path))
                continue;
            Report report{path, false, {}};
            auto loader = std::make_unique<QPluginLoader>(path);
            const QJsonObject meta = loader->metaData();
            const QString iid = meta.value(QStringLiteral("IID")).toString();
            const int apiVersion = meta.value(QStringLiteral("MetaData"))
                                       .toObject()
                                       .value(QStringLiteral("apiVersion"))
                                       .toInt();
            if (iid != QLatin1String(UserSyncPlugin_iid)) {
                report.message = tr("not a UserSync plugin");
            } else if (apiVersion != UserSyncPlugin::ApiVersion) {
                report.message =
                    tr("made for plugin API version %1; this UserSync supports version %2")
                        .arg(apiVersion)
                        .arg(UserSyncPlugin::ApiVersion);
            } else if (!loader->load()) {
                report.message = tr("could not be loaded: %1").arg(loader->errorString());
            } else if (auto *plugin = qobject_cast<UserSyncPlugin *>(loader->instance()); !plugin) {
                report.message = tr("does not implement the UserSync plugin interface");
            } else {
                QStringList provided;
                for (SourceType *type : plugin->sourceTypes()) {
                    if (sources.addExternal(type))
                        provided << tr("source type “%1”").arg(type->key());
                    else
                        provided << tr("source type “%1” (skipped: the key is already taken)")
                                        .arg(type->key());
                }
                for (Resource *resource : plugin->resources()) {
                    resources.addExternal(resource);
                    provided << tr("resource “%1”").arg(resource->name());
                }
                report.loaded = true;
                report.message = provided.join(QStringLiteral(", "));
                m_loaders.push_back(std::move(loader));
            }
            if (report.loaded)
                qCInfo(lcPlugins).noquote()
                    << QStringLiteral("Plugin %1: %2").arg(path, report.message);
            else if (iid == QLatin1String(UserSyncPlugin_iid))
                qCWarning(lcPlugins).noquote()
                    << QStringLiteral("Plugin %1 skipped: %2").arg(path, report.message);
            reports << report;
        }
    }
    return reports;
}
