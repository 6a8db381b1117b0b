#include "benchengine.h"

#include "store/connection.h"
#include "store/migrator.h"
#include "store/sourcerepository.h"
#include "sync/resourceregistry.h"
#include "sync/sourceregistry.h"
#include "sync/taskrunner.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QUuid>

BenchEngine::BenchEngine(const QString &postgresUrl)
    : m_dataDir(m_dir.path())
{
    if (!m_dataDir.ensureExists(&m_error))
        return;
    if (postgresUrl.isEmpty()) {
        m_database = DatabaseConfig::sqlite(m_dataDir.databaseFile());
    } else {
        // The password comes from libpq (PGPASSWORD, ~/.pgpass), never from the command line.
        m_server = DatabaseConfig::fromUrl(postgresUrl, &m_error);
        if (!m_server.isValid())
            return;
        const QString name = QStringLiteral("usersync_bench_%1")
                                 .arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
        Connection admin(m_server);
        if (!admin.isOpen()) {
            m_error = admin.openError().message();
            return;
        }
        if (StoreError error = admin.exec(QStringLiteral("CREATE DATABASE ") + name)) {
            m_error = error.message();
            return;
        }
        m_createdDatabase = name;
        m_database =
            DatabaseConfig::postgres(m_server.host(), m_server.port(), m_server.user(), name);
    }
    {
        Connection db(m_database);
        if (!db.isOpen()) {
            m_error = db.openError().message();
            return;
        }
        if (StoreError error = Migrator(db).migrate()) {
            m_error = error.message();
            return;
        }
    }
    m_sources = SourceRegistry::withBuiltins();
    m_resources = ResourceRegistry::withBuiltins();
    TaskRunner::Setup setup;
    setup.database = m_database;
    setup.dataDir = m_dataDir;
    setup.sources = m_sources.get();
    setup.resources = m_resources.get();
    setup.secrets = &m_secrets;
    m_runner = std::make_unique<TaskRunner>(setup);
}

BenchEngine::~BenchEngine()
{
    m_runner.reset();
    if (m_createdDatabase.isEmpty())
        return;
    Connection admin(m_server);
    if (admin.isOpen())
        (void)admin.exec(
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_createdDatabase));
}

bool BenchEngine::setSampleSource(const QJsonObject &options)
{
    Connection db(m_database);
    SourceRepository sources(db);
    auto existing = sources.byName(QLatin1String(SourceName));
    if (existing) {
        existing->options = options;
        if (StoreError error = sources.update(*existing)) {
            m_error = error.message();
            return false;
        }
        return true;
    }
    SyncSource source;
    source.name = QLatin1String(SourceName);
    source.sourceType = QStringLiteral("sample");
    source.enabled = true;
    source.options = options;
    auto inserted = sources.insert(source);
    if (!inserted)
        m_error = inserted.error().message();
    return inserted.ok();
}

SyncTask BenchEngine::sync()
{
    SyncTask result;
    result.status = TaskStatus::Failed;
    QEventLoop loop;
    quint64 id = 0;
    QObject::connect(&*m_runner, &TaskRunner::refused, &loop,
                     [&](quint64 request, TaskRefusal, const QString &message) {
                         if (request != id)
                             return;
                         result.message = message;
                         loop.quit();
                     });
    QObject::connect(&*m_runner, &TaskRunner::finished, &loop,
                     [&](quint64 request, const SyncTask &task, const QJsonObject &) {
                         if (request != id)
                             return;
                         result = task;
                         loop.quit();
                     });
    id = m_runner->start(TaskRequest::sync(QLatin1String(SourceName)));
    loop.exec();
    return result;
}
