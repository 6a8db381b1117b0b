#include "clicontext.h"

#include "common/appinfo.h"
#include "exitcode.h"
#include "logs/logretention.h"
#include "logs/systemlog.h"
#include "secrets/keychainsecretstore.h"
#include "store/connection.h"
#include "store/migrator.h"
#include "store/taskrepository.h"
#include "sync/pluginloader.h"
#include "sync/resourceregistry.h"
#include "sync/sourceregistry.h"
#include "sync/taskrunner.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <cstdio>

namespace {
void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

CliContext::CliContext() = default;

CliContext::~CliContext()
{
    m_runner.reset(); // waits for its jobs, which use the registries
    m_connection.reset();
    if (SystemLog::isInstalled())
        SystemLog::uninstall();
}

void CliContext::out(const QString &text) const
{
    write(stdout, text);
}

void CliContext::err(const QString &text) const
{
    write(stderr, text);
}

void CliContext::printJson(const QJsonValue &value) const
{
    QJsonDocument document;
    if (value.isArray())
        document = QJsonDocument(value.toArray());
    else
        document = QJsonDocument(value.toObject());
    out(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

int CliContext::fail(int exitCode, const QString &message) const
{
    if (m_json)
        write(stderr,
              QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("error"), message},
                                                          {QStringLiteral("exitCode"), exitCode}})
                                    .toJson(QJsonDocument::Compact))
                  + QLatin1Char('\n'));
    else
        err(QStringLiteral("usersync-cli: %1\n").arg(message));
    return exitCode;
}

int CliContext::usageError(const QString &message) const
{
    return fail(ExitCode::BadUsage, message);
}

int CliContext::storeFailure(const StoreError &error) const
{
    switch (error.kind()) {
    case StoreError::Kind::NotFound:
        return fail(ExitCode::NotFound, error.message());
    case StoreError::Kind::Conflict:
        return fail(ExitCode::Refused, error.message());
    case StoreError::Kind::Duplicate:
    case StoreError::Kind::MissingReference:
    case StoreError::Kind::Constraint:
        return fail(ExitCode::BadUsage, error.message());
    default:
        return fail(ExitCode::TaskFailed, error.message());
    }
}

DataDir CliContext::dataDir() const
{
    return DataDir::resolve(m_dataDirOverride);
}

DatabaseConfig CliContext::databaseConfig(QString *error) const
{
    if (m_databaseOverride.isEmpty())
        return DatabaseConfig::sqlite(dataDir().databaseFile());
    return DatabaseConfig::fromUrl(m_databaseOverride, error);
}

SecretStore *CliContext::secrets()
{
    if (!m_secrets)
        m_secrets = std::make_unique<KeychainSecretStore>(AppInfo::keychainService());
    return m_secrets.get();
}

Connection *CliContext::connection(int *exitCode)
{
    if (m_connection)
        return m_connection.get();
    QString problem;
    if (!dataDir().ensureExists(&problem)) {
        *exitCode = fail(ExitCode::TaskFailed, problem);
        return nullptr;
    }
    DatabaseConfig config = databaseConfig(&problem);
    if (!config.isValid()) {
        *exitCode = usageError(problem);
        return nullptr;
    }
    if (config.isPostgres()) {
        // The CLI has no GUI thread to protect; waiting here for the keyring is fine.
        QEventLoop loop;
        SecretResult answer;
        secrets()->read(config.secretKey(), &loop, [&](const SecretResult &result) {
            answer = result;
            loop.quit();
        });
        loop.exec();
        if (answer.ok())
            config.setPassword(QString::fromUtf8(answer.value));
    }
    auto connection = std::make_unique<Connection>(config);
    if (!connection->isOpen()) {
        *exitCode = fail(ExitCode::TaskFailed, connection->openError().message());
        return nullptr;
    }
    Migrator migrator(*connection);
    if (StoreError error = migrator.migrate()) {
        *exitCode = fail(ExitCode::TaskFailed, error.message());
        return nullptr;
    }
    m_openedConfig = config;
    m_connection = std::move(connection);

    const int keepDays =
        QSettings()
            .value(QStringLiteral("logs/retentionDays"), LogRetention::DefaultKeepDays)
            .toInt();
    LogRetention::apply({dataDir().rawLogDir(), dataDir().systemLogDir()}, keepDays);
    // Tasks left running by a process that died (killed, crashed, power cut) are failed now, so
    // they can be retried.
    auto recovered = TaskRepository(*m_connection).recoverInterrupted();
    if (recovered) {
        for (const SyncTask &task : std::as_const(*recovered))
            qWarning().noquote() << QStringLiteral(
                                        "Task %1 of source “%2” was interrupted; marked failed.")
                                        .arg(task.batch, task.sourceName);
    }
    return m_connection.get();
}

void CliContext::startLogging()
{
    // Everything the CLI and the engine log goes to the system log; the CLI prints what a
    // person needs on stdout/stderr itself.
    QString problem;
    if (dataDir().ensureExists(&problem))
        SystemLog::install(dataDir().systemLogDir(), false);
}

SourceRegistry &CliContext::sourceTypes()
{
    if (!m_sourceTypes) {
        m_sourceTypes = SourceRegistry::withBuiltins();
        m_resources = ResourceRegistry::withBuiltins();
        m_plugins = std::make_unique<PluginLoader>();
        m_plugins->load(PluginLoader::defaultFolders(dataDir().pluginsDir()), *m_sourceTypes,
                        *m_resources);
    }
    return *m_sourceTypes;
}

ResourceRegistry &CliContext::resources()
{
    sourceTypes();
    return *m_resources;
}

TaskRunner &CliContext::runner()
{
    if (!m_runner) {
        TaskRunner::Setup setup;
        setup.database = m_openedConfig;
        setup.dataDir = dataDir();
        setup.sources = &sourceTypes();
        setup.resources = &resources();
        setup.secrets = secrets();
        m_runner = std::make_unique<TaskRunner>(setup);
    }
    return *m_runner;
}
