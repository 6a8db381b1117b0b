#include "syncscenarios.h"

#include "benchengine.h"
#include "floorwriter.h"
#include "rssprobe.h"
#include "sources/sample/sampleorganisation.h"
#include "store/connection.h"
#include "tabledigest.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

SyncScenarios::SyncScenarios(const BenchOptions &options)
    : m_options(options)
{ }

bool SyncScenarios::handles(const QString &name)
{
    return QStringList{QStringLiteral("floor"),     QStringLiteral("full"),
                       QStringLiteral("unchanged"), QStringLiteral("delta"),
                       QStringLiteral("full1m"),    QStringLiteral("pgfull")}
        .contains(name);
}

QJsonObject SyncScenarios::sampleOptions(int users, int mutation) const
{
    return {{QStringLiteral("users"), users},
            {QStringLiteral("departments"), m_options.departments},
            {QStringLiteral("depth"), m_options.depth},
            {QStringLiteral("seed"), 1},
            {QStringLiteral("mutation"), mutation}};
}

BenchResult SyncScenarios::run(const QString &name)
{
    BenchResult result;
    if (name == QLatin1String("floor"))
        result = floor();
    else if (name == QLatin1String("full"))
        result = full(m_options.users, {});
    else if (name == QLatin1String("full1m"))
        result = full(m_options.bigUsers, {});
    else if (name == QLatin1String("pgfull"))
        result = full(m_options.users, m_options.database);
    else if (name == QLatin1String("unchanged"))
        result = unchanged();
    else
        result = delta();
    result.name = name;
    result.peakRssMB = RssProbe::peakMB();
    return result;
}

bool SyncScenarios::timedSync(BenchEngine &engine, BenchResult &result)
{
    QElapsedTimer clock;
    clock.start();
    const SyncTask task = engine.sync();
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    result.takeTask(task);
    return result.error.isEmpty();
}

bool SyncScenarios::syncSample(BenchEngine &engine, BenchResult &result, int users, int mutation)
{
    if (!engine.isValid() || !engine.setSampleSource(sampleOptions(users, mutation))) {
        result.error = engine.error();
        return false;
    }
    return timedSync(engine, result);
}

BenchResult SyncScenarios::floor()
{
    BenchResult result(m_options.users, m_options.departments);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("floor.sqlite"));
    result.error = FloorWriter::createSchema(path);
    if (!result.error.isEmpty())
        return result;
    SampleOptions options = SampleOptions::fromJson(sampleOptions(m_options.users));
    options.sourceName = QLatin1String(BenchEngine::SourceName);
    const SampleOrganisation organisation(options);
    // Generated before the clock starts: the floor is the cost of the writes alone.
    const auto departments = FloorWriter::departments(organisation);
    const auto users = FloorWriter::users(organisation, 1, organisation.userRecordCount());

    QElapsedTimer clock;
    clock.start();
    FloorWriter writer(path);
    if (!writer.begin() || !writer.write(departments) || !writer.write(users) || !writer.commit())
        result.error = writer.error();
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    result.records = departments.size() + users.size();
    return result;
}

BenchResult SyncScenarios::full(int users, const QString &postgresUrl)
{
    BenchResult result(users, m_options.departments);
    BenchEngine engine(postgresUrl);
    syncSample(engine, result, users, 0);
    return result;
}

BenchResult SyncScenarios::unchanged()
{
    BenchResult result(m_options.users, m_options.departments);
    BenchEngine engine;
    if (!syncSample(engine, result, m_options.users, 0))
        return result;
    QString problem;
    Connection db(engine.database());
    const TableDigest before = TableDigest::read(db, &problem);
    if (timedSync(engine, result)) {
        const TableDigest after = TableDigest::read(db, &problem);
        result.writes = before.changedRows(after);
    }
    if (!problem.isEmpty())
        result.error = problem;
    return result;
}

BenchResult SyncScenarios::delta()
{
    // A first full sync, then the same organisation with 10 % of the users changed.
    BenchResult result(m_options.users, m_options.departments);
    BenchEngine engine;
    if (syncSample(engine, result, m_options.users, 0))
        syncSample(engine, result, m_options.users, 10);
    return result;
}
