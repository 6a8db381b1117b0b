// The HTTP API's pure parts: NocoBase's key order, the key cache's verdicts, list parameters,
// settings and answers.
#include "api/apijson.h"
#include "api/apikeycache.h"
#include "api/apireply.h"
#include "api/apiserversettings.h"
#include "api/listquery.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

class TestApiUnits : public QObject
{
    Q_OBJECT

private slots:
    void nocobaseKeyOrder()
    {
        const QJsonObject answer{
            {"data",
             QJsonObject{
                 {"result",
                  QJsonArray{QJsonObject{
                      {"detail",
                       QJsonObject{
                           {"failedRecords",
                            QJsonArray{
                                QJsonObject{{"record", QJsonObject{{"uid", "u2"}, {"email", "x"}}},
                                            {"message", "taken"}}}},
                           {"count", QJsonObject{{"failed", 1}, {"success", 1}, {"all", 2}}}}},
                      {"resource", "users"}}}},
                 {"message", "success"},
                 {"code", 0}}}};
        QCOMPARE(
            ApiJson::serialize(answer),
            QByteArray(
                R"({"data":{"code":0,"message":"success","result":[{"resource":"users","detail":{"count":{"all":2,"success":1,"failed":1},)"
                R"("failedRecords":[{"record":{"email":"x","uid":"u2"},"message":"taken"}]}}]}})"));
        QCOMPARE(ApiReply::errors(401, "no", "EMPTY_TOKEN").body,
                 QByteArray(R"({"errors":[{"message":"no","code":"EMPTY_TOKEN"}]})"));
        QCOMPARE(ApiReply::dataError(400, "bad \"x\" ü\n").body,
                 QByteArray("{\"data\":{\"code\":400,\"message\":\"bad \\\"x\\\" \xc3\xbc\\n\"}}"));
        QCOMPARE(
            ApiJson::serialize(QJsonObject{{"data",
                                            QJsonArray{QJsonObject{{"status", "ok"},
                                                                   {"batch", "b"},
                                                                   {"id", 1},
                                                                   {"zeta", true},
                                                                   {"alpha", QJsonValue()}}}}}),
            QByteArray(
                R"({"data":[{"id":1,"batch":"b","status":"ok","alpha":null,"zeta":true}]})"));
        QCOMPARE(ApiJson::serialize(QJsonObject{{"n", 1.5}, {"big", 12345678901.0}}),
                 QByteArray(R"({"big":12345678901,"n":1.5})"));
    }

    void replyBytes()
    {
        ApiReply reply = ApiReply::errors(405, "nope");
        reply.headers.append(qMakePair(QByteArray("Allow"), QByteArray("POST")));
        const QByteArray http = reply.toHttp(true);
        QVERIFY(http.startsWith("HTTP/1.1 405 Method Not Allowed\r\n"));
        QVERIFY(http.contains("\r\nAllow: POST\r\n"));
        QVERIFY(http.contains("\r\nConnection: close\r\n"));
        QVERIFY(
            http.contains("\r\nContent-Length: " + QByteArray::number(reply.body.size()) + "\r\n"));
        QVERIFY(http.endsWith("\r\n\r\n" + reply.body));
        QVERIFY(!ApiReply::json(200, {}).toHttp(false).contains("Connection:"));
    }

    void keyCache()
    {
        ApiKeyCache cache;
        QVERIFY(!cache.isLoaded());
        const auto hash = [](const QByteArray &token) {
            return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
        };
        cache.replace({{1, "ci", hash("usk_one"), {}},
                       {2, "old", hash("usk_two"), QDateTime::currentDateTimeUtc()}});
        QVERIFY(cache.isLoaded());
        QCOMPARE(cache.activeCount(), 1);
        QCOMPARE(cache.check("Bearer usk_one").verdict, ApiKeyCache::Verdict::Valid);
        QCOMPARE(cache.check("bearer   usk_one  ").name, QStringLiteral("ci"));
        QCOMPARE(cache.check("Bearer usk_two").verdict, ApiKeyCache::Verdict::Revoked);
        QCOMPARE(cache.check("Bearer usk_three").verdict, ApiKeyCache::Verdict::Unknown);
        QCOMPARE(cache.check("Bearer usk_on").verdict, ApiKeyCache::Verdict::Unknown);
        QCOMPARE(cache.check("").verdict, ApiKeyCache::Verdict::NoToken);
        QCOMPARE(cache.check("Bearer ").verdict, ApiKeyCache::Verdict::NoToken);
        QCOMPARE(cache.check("Basic dXNrX29uZQ==").verdict, ApiKeyCache::Verdict::NoToken);
        QCOMPARE(cache.check("usk_one").verdict, ApiKeyCache::Verdict::NoToken);
    }

    void listQuery()
    {
        const QStringList sortable{"sort", "id"};
        const QStringList filterable{"sourceId", "status"};
        ListQuery query;
        QString error;
        QVERIFY(ListQuery::parse(QUrlQuery(), sortable, filterable, "-sort", &query, &error));
        QCOMPARE(query.page, 1);
        QCOMPARE(query.pageSize, 20);
        QCOMPARE(query.sortField, QStringLiteral("sort"));
        QVERIFY(query.descending);
        QVERIFY(ListQuery::parse(QUrlQuery("page=3&pageSize=50&sort=id,-sort&filter=%7B%22sourceId%"
                                           "22%3A%7B%22%24in%22%3A%5B1%2C%222%22%5D%7D%7D"),
                                 sortable, filterable, "-sort", &query, &error));
        QCOMPARE(query.offset(), 100);
        QVERIFY(!query.descending);
        QVERIFY(query.accepts("sourceId", 1) && query.accepts("sourceId", 2)
                && !query.accepts("sourceId", 3));
        QVERIFY(query.accepts("status", "anything")); // not filtered
        QCOMPARE(query.meta(101),
                 QJsonObject({{"count", 101}, {"page", 3}, {"pageSize", 50}, {"totalPage", 3}}));
        QVERIFY(ListQuery::parse(QUrlQuery("sort[]=-id&pageSize=99999"), sortable, filterable,
                                 "-sort", &query, &error));
        QCOMPARE(query.sortField, QStringLiteral("id"));
        QCOMPARE(query.pageSize, ListQuery::MaxPageSize);
        for (const char *bad :
             {"page=0", "pageSize=-1", "page=two", "sort=name", "filter=[1]", "filter={\"x\":1}",
              "filter={\"status\":{\"$ne\":\"a\"}}", "filter={\"status\":{\"$in\":[[1]]}}",
              "filter={\"status\":{\"$eq\":\"a\",\"$in\":[]}}"}) {
            QUrlQuery q;
            const QString text = QString::fromLatin1(bad);
            q.addQueryItem(text.section('=', 0, 0), text.section('=', 1));
            QVERIFY2(!ListQuery::parse(q, sortable, filterable, "-sort", &query, &error), bad);
            QVERIFY(!error.isEmpty());
        }
        QVERIFY(ListQuery::parse(
            QUrlQuery("filter=%7B%22status%22%3A%7B%22%24eq%22%3A%22failed%22%7D%7D"), sortable,
            filterable, "-sort", &query, &error));
        QVERIFY(query.accepts("status", "failed") && !query.accepts("status", "success"));
    }

    void settings()
    {
        QTemporaryDir dir;
        QSettings file(dir.filePath("s.ini"), QSettings::IniFormat);
        ApiServerSettings defaults = ApiServerSettings::load(file);
        QVERIFY(!defaults.enabled); // off by default
        QCOMPARE(defaults.bindAddress, QStringLiteral("127.0.0.1"));
        QCOMPARE(defaults.port, quint16(13000));
        QCOMPARE(defaults.maxBodyBytes, 32LL * 1024 * 1024);
        QVERIFY(defaults.isLoopback());
        for (const char *address : {"127.0.0.1", "127.3.4.5", "::1", "localhost", "LOCALHOST"}) {
            ApiServerSettings s;
            s.bindAddress = address;
            QVERIFY2(s.isLoopback(), address);
        }
        for (const char *address : {"0.0.0.0", "::", "192.168.1.10", "example.com", ""}) {
            ApiServerSettings s;
            s.bindAddress = address;
            QVERIFY2(!s.isLoopback(), address);
        }
        defaults.enabled = true;
        defaults.port = 8080;
        defaults.save(file);
        QCOMPARE(ApiServerSettings::load(file).port, quint16(8080));
        QVERIFY(ApiServerSettings::load(file).enabled);
    }
};

QTEST_GUILESS_MAIN(TestApiUnits)
#include "tst_api_units.moc"
