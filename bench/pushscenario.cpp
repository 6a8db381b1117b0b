#include "pushscenario.h"

#include "api/apiserver.h"
#include "benchengine.h"
#include "rssprobe.h"
#include "store/apikeyrepository.h"
#include "store/connection.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

PushScenario::PushScenario(const BenchOptions &options)
    : m_options(options)
{ }

BenchResult PushScenario::run(const QString &name)
{
    BenchResult result;
    result.name = name;
    result.users = m_options.users;
    result.departments = m_options.departments;
    BenchEngine engine;
    if (!engine.isValid()) {
        result.error = engine.error();
        return result;
    }
    QString token;
    {
        Connection db(engine.database());
        auto key = ApiKeyRepository(db).create(QStringLiteral("bench"));
        if (!key) {
            result.error = key.error().message();
            return result;
        }
        token = key->second;
    }
    ApiServer server(&engine.runner(), engine.database());
    ApiServerSettings settings;
    settings.port = 0;
    if (!server.start(settings, &result.error))
        return result;

    QProcess client;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("USERSYNC_BENCH_TOKEN"), token);
    client.setProcessEnvironment(environment);
    client.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QEventLoop loop;
    QObject::connect(&client, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&client, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    client.start(QCoreApplication::applicationFilePath(),
                 QStringList{QStringLiteral("--push-client"), QStringLiteral("--url"), server.url(),
                             QStringLiteral("--batch"),
                             QString::number(BenchOptions::pushBatch(name))}
                     + m_options.sizeArguments());
    loop.exec();
    const QJsonObject answer = QJsonDocument::fromJson(client.readAllStandardOutput()).object();
    if (answer.isEmpty()) {
        result.error =
            QStringLiteral("the push client gave no result (%1)").arg(client.errorString());
        return result;
    }
    result.seconds = answer.value(QStringLiteral("seconds")).toDouble();
    result.records = answer.value(QStringLiteral("records")).toInteger();
    result.error = answer.value(QStringLiteral("error")).toString();
    server.stop();
    result.peakRssMB = RssProbe::peakMB();
    return result;
}
