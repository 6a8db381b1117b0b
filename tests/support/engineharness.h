#pragma once

#include "common/datadir.h"
#include "secrets/memorysecretstore.h"
#include "store/connection.h"
#include "store/department.h"
#include "store/membership.h"
#include "store/synctask.h"
#include "store/user.h"
#include "sync/taskrequest.h"
#include "testdatabase.h"

#include <QJsonObject>

#include <memory>

class ResourceRegistry;
class SourceRegistry;
class TaskRunner;

// The real engine on a throwaway database: a TaskRunner with the built-in resources and source
// types, an in-memory secret store and a temporary data folder. Runs requests to their end and
// gives tests a connection of their own to look at the result.
class EngineHarness
{
public:
    struct Run
    {
        bool refused = false;
        TaskRefusal reason = TaskRefusal::NotFound;
        QString message;
        SyncTask task;
        QJsonObject response;
        bool timedOut = false;
    };

    explicit EngineHarness(const QString &engine);
    ~EngineHarness();

    bool isValid() const { return m_valid; }
    QString error() const { return m_error; }
    TestDatabase &database() { return *m_database; }
    Connection &db() { return *m_connection; }
    DataDir dataDir() const { return m_dataDir; }
    MemorySecretStore &secrets() { return m_secrets; }
    TaskRunner &runner() { return *m_runner; }

    Run run(const TaskRequest &request, int timeoutMs = 120000);
    Run push(const QByteArray &json) { return run(TaskRequest::push(json)); }
    Run push(const QJsonObject &body);
    Run sync(const QString &source) { return run(TaskRequest::sync(source)); }
    Run retry(const QString &batch) { return run(TaskRequest::retry(batch)); }

    // Adds an enabled source of `type` with these options.
    bool addSource(const QString &name, const QString &type, const QJsonObject &options,
                   bool enabled = true);

    // Directory lookups through the links of a source's uids.
    qint64 userId(const QString &source, const QString &uid);
    qint64 departmentId(const QString &source, const QString &uid);
    User user(qint64 id);
    Department department(qint64 id);
    QList<Membership> memberships(qint64 userId);
    qint64 count(const QString &table);

private:
    bool m_valid = false;
    QString m_error;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Connection> m_connection;
    QTemporaryDir m_dir;
    DataDir m_dataDir;
    MemorySecretStore m_secrets;
    std::unique_ptr<SourceRegistry> m_sources;
    std::unique_ptr<ResourceRegistry> m_resources;
    std::unique_ptr<TaskRunner> m_runner;
};

#define USERSYNC_ENGINE(var)                                                                       \
    QFETCH(QString, engine);                                                                       \
    if (engine == QLatin1String("postgresql"))                                                     \
        USERSYNC_REQUIRE(TestDatabase::postgresAvailable(),                                        \
                         TestDatabase::postgresMissingReason());                                   \
    EngineHarness var(engine);                                                                     \
    QVERIFY2(var.isValid(), qPrintable(var.error()))
