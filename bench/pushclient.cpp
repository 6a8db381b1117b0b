#include "pushclient.h"

#include "sources/sample/sampleorganisation.h"
#include "syncscenarios.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTextStream>
#include <QUrl>

PushClient::PushClient(const BenchOptions &options)
    : m_options(options)
{ }

QByteArrayList PushClient::bodies(qint64 *records) const
{
    SampleOptions options =
        SampleOptions::fromJson(SyncScenarios(m_options).sampleOptions(m_options.users));
    options.pageSize = m_options.batch;
    options.sourceName = QStringLiteral("bench");
    const SampleOrganisation organisation(options);
    QByteArrayList list;
    *records = 0;
    const auto add = [&](const UserData &page) {
        *records += page.records.size();
        list << QJsonDocument(page.toJson()).toJson(QJsonDocument::Compact);
    };
    for (int i = 0; i < organisation.departmentPageCount(); ++i)
        add(organisation.departmentPage(i));
    for (int i = 0; i < organisation.userPageCount(); ++i)
        add(organisation.userPage(i));
    return list;
}

int PushClient::run()
{
    qint64 records = 0;
    const QByteArrayList list = bodies(&records);
    const QByteArray token = qgetenv("USERSYNC_BENCH_TOKEN");
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_options.url + QStringLiteral("/api/userData:push")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token);

    QString error;
    QElapsedTimer clock;
    clock.start();
    for (const QByteArray &body : list) {
        QNetworkReply *reply = network.post(request, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray answer = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        if (status != 200 || !answer.contains("\"code\":0")) {
            error =
                QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(answer.left(300)));
            break;
        }
    }
    QJsonObject result{{QStringLiteral("seconds"), double(clock.nsecsElapsed()) / 1e9},
                       {QStringLiteral("records"), records}};
    if (!error.isEmpty())
        result.insert(QStringLiteral("error"), error);
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return error.isEmpty() ? 0 : 1;
}
