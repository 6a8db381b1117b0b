#include "engineharness.h"

#include "store/departmentrepository.h"
#include "store/membershiprepository.h"
#include "store/migrator.h"
#include "store/sourcerepository.h"
#include "store/userrepository.h"
#include "sync/resourceregistry.h"
#include "sync/sourceregistry.h"
#include "sync/taskrunner.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

EngineHarness::EngineHarness(const QString &engine)
    : m_database(std::make_unique<TestDatabase>(engine))
    , m_dataDir(m_dir.path())
{
    if (!m_database->isValid()) {
        m_error = m_database->error();
        return;
    }
    QString problem;
    if (!m_dataDir.ensureExists(&problem)) {
        m_error = problem;
        return;
    }
    m_connection = std::make_unique<Connection>(m_database->config());
    if (!m_connection->isOpen()) {
        m_error = m_connection->openError().message();
        return;
    }
    if (StoreError error = Migrator(*m_connection).migrate()) {
        m_error = error.message();
        return;
    }
    m_sources = SourceRegistry::withBuiltins();
    m_resources = ResourceRegistry::withBuiltins();
    TaskRunner::Setup setup;
    setup.database = m_database->config();
    setup.dataDir = m_dataDir;
    setup.sources = m_sources.get();
    setup.resources = m_resources.get();
    setup.secrets = &m_secrets;
    m_runner = std::make_unique<TaskRunner>(setup);
    m_valid = true;
}

EngineHarness::~EngineHarness()
{
    m_runner.reset();
    m_connection.reset();
}

EngineHarness::Run EngineHarness::run(const TaskRequest &request, int timeoutMs)
{
    Run result;
    bool done = false;
    quint64 id = 0;
    QObject context;
    QObject::connect(m_runner.get(), &TaskRunner::refused, &context,
                     [&](quint64 r, TaskRefusal reason, const QString &message) {
                         if (r != id)
                             return;
                         result.refused = true;
                         result.reason = reason;
                         result.message = message;
                         done = true;
                     });
    QObject::connect(m_runner.get(), &TaskRunner::finished, &context,
                     [&](quint64 r, const SyncTask &task, const QJsonObject &response) {
                         if (r != id)
                             return;
                         result.task = task;
                         result.response = response;
                         done = true;
                     });
    id = m_runner->start(request);
    result.timedOut = !QTest::qWaitFor([&]() { return done; }, timeoutMs);
    return result;
}

EngineHarness::Run EngineHarness::push(const QJsonObject &body)
{
    return push(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

bool EngineHarness::addSource(const QString &name, const QString &type, const QJsonObject &options,
                              bool enabled)
{
    SyncSource source;
    source.name = name;
    source.sourceType = type;
    source.options = options;
    source.enabled = enabled;
    return SourceRepository(*m_connection).insert(source).ok();
}

namespace {
qint64 linked(Connection &db, const QString &source, const QString &dataType, const QString &uid,
              const QString &resource)
{
    auto value = db.scalar(
        QStringLiteral(
            "SELECT l.resource_pk FROM sync_records r JOIN sync_record_resources l ON l.record_id "
            "= r.id "
            "WHERE r.source_name = ? AND r.data_type = ? AND r.uid = ? AND l.resource = ?"),
        {source, dataType, uid, resource});
    return value ? value->toLongLong() : 0;
}
} // namespace

qint64 EngineHarness::userId(const QString &source, const QString &uid)
{
    return linked(*m_connection, source, QStringLiteral("user"), uid, QStringLiteral("users"));
}

qint64 EngineHarness::departmentId(const QString &source, const QString &uid)
{
    return linked(*m_connection, source, QStringLiteral("department"), uid,
                  QStringLiteral("departments"));
}

User EngineHarness::user(qint64 id)
{
    auto user = UserRepository(*m_connection).byId(id);
    return user ? *user : User();
}

Department EngineHarness::department(qint64 id)
{
    auto department = DepartmentRepository(*m_connection).byId(id);
    return department ? *department : Department();
}

QList<Membership> EngineHarness::memberships(qint64 userId)
{
    auto list = MembershipRepository(*m_connection).forUser(userId);
    return list ? *list : QList<Membership>();
}

qint64 EngineHarness::count(const QString &table)
{
    auto value = m_connection->scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return value ? value->toLongLong() : -1;
}
