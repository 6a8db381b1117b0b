#include "datadir.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

DataDir DataDir::resolve(const QString &commandLineOverride)
{
    if (!commandLineOverride.isEmpty())
        return DataDir(commandLineOverride);
    const QString fromEnvironment = qEnvironmentVariable(EnvironmentVariable);
    if (!fromEnvironment.isEmpty())
        return DataDir(fromEnvironment);
    return DataDir(defaultRoot());
}

QString DataDir::defaultRoot()
{
    // GenericDataLocation + our own folder name, so the path is ~/.local/share/usersync
    // whatever organisation name QSettings uses.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("usersync"));
}

DataDir::DataDir(const QString &root)
    : m_root(QDir::cleanPath(QFileInfo(root).absoluteFilePath()))
{ }

QString DataDir::databaseFile() const
{
    return QDir(m_root).filePath(QStringLiteral("usersync.sqlite"));
}

QString DataDir::logsDir() const
{
    return QDir(m_root).filePath(QStringLiteral("logs"));
}

QString DataDir::rawLogDir() const
{
    return QDir(logsDir()).filePath(QStringLiteral("user-data-sync"));
}

QString DataDir::systemLogDir() const
{
    return QDir(logsDir()).filePath(QStringLiteral("system"));
}

QString DataDir::pluginsDir() const
{
    return QDir(m_root).filePath(QStringLiteral("plugins"));
}

bool DataDir::ensureExists(QString *error) const
{
    for (const QString &dir : {m_root, rawLogDir(), systemLogDir()}) {
        if (!QDir().mkpath(dir)) {
            if (error)
                *error =
                    QCoreApplication::translate("DataDir",
                                                "Cannot create the data folder “%1”. Check that "
                                                "the disk is writable or choose another folder "
                                                "with --data-dir.")
                        .arg(QDir::toNativeSeparators(dir));
            return false;
        }
    }
    return true;
}
