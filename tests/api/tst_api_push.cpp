// POST /api/userData:push through a real HTTP client against the real server on 127.0.0.1: the
// reference examples byte for byte, every validation message, malformed bodies, API keys, the
// body limit. On SQLite and PostgreSQL.
#include "api/apiconnection.h"
#include "apifixture.h"
#include "store/apikeyrepository.h"
#include "store/taskrepository.h"
#include "testenv.h"

#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QtTest>

namespace {
const QByteArray departmentsPush =
    R"({"dataType":"department","records":[{"uid":"d-root","title":"Acme Corp"},{"uid":"d-eng","title":"Engineering","parentUid":"d-root"},
 {"uid":"d-sales","title":"Sales","parentUid":"d-root"},{"uid":"d-backend","title":"Backend","parentUid":"d-eng"},
 {"uid":"d-frontend","title":"Frontend","parentUid":"d-eng"}]})";
const QByteArray departmentsAnswer =
    R"({"data":{"code":0,"message":"success","result":[{"resource":"departments","detail":{"count":{"all":5,"success":5,"failed":0},"failedRecords":[]}}]}})";

const QByteArray usersPush = R"({"dataType":"user","matchKey":"email","records":[
 {"uid":"u1","nickname":"Alice","username":"alice","email":"alice@example.com","phone":"13800000001","departments":[{"uid":"d-backend","isMain":true,"isOwner":true}]},
 {"uid":"u2","nickname":"Bob","username":"bob","email":"bob@example.com","departments":["d-backend","d-frontend"]},
 {"uid":"u3","nickname":"Carol","username":"carol","email":"carol@example.com","departments":[{"uid":"d-sales","isMain":true}]},
 {"uid":"u4","nickname":"Dave","username":"dave","email":"dave@example.com","departments":[{"uid":"d-root","isOwner":true,"isMain":true}]},
 {"uid":"u5","nickname":"Eve","username":"eve","email":"eve@example.com"}]})";
const QByteArray usersAnswer =
    R"({"data":{"code":0,"message":"success","result":[{"resource":"users","detail":{"count":{"all":5,"success":5,"failed":0},"failedRecords":[]}},)"
    R"({"resource":"departments","detail":{"count":{"all":5,"success":5,"failed":0},"failedRecords":[]}}]}})";

// Nothing of a refused request may reach the store.
QString written(EngineHarness &h)
{
    QStringList found;
    for (const char *table :
         {"users", "departments", "sync_records", "sync_tasks", "sync_sources"}) {
        const qint64 rows = h.count(QLatin1String(table));
        if (rows != 0)
            found << QStringLiteral("%1: %2").arg(QLatin1String(table)).arg(rows);
    }
    return found.join(QStringLiteral(", "));
}

// One request written by hand on a socket, for what QNetworkAccessManager will not send.
QByteArray rawExchange(quint16 port, const QByteArray &request, int timeoutMs = 10000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    QByteArray answer;
    [[maybe_unused]] const bool settled = QTest::qWaitFor(
        [&]() {
            answer += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState
                || (answer.contains("\r\n\r\n") && answer.contains("}"));
        },
        timeoutMs);
    answer += socket.readAll();
    return answer;
}
} // namespace

class TestApiPush : public QObject
{
    Q_OBJECT

private slots:
    void referenceExamplesRoundTrip_data() { USERSYNC_ENGINE_ROWS(); }
    void referenceExamplesRoundTrip()
    {
        USERSYNC_API_FIXTURE(f);
        HttpResult departments =
            f.client().post(QStringLiteral("/api/userData:push"), departmentsPush);
        QCOMPARE(departments.status, 200);
        QCOMPARE(departments.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        QCOMPARE(departments.body, departmentsAnswer); // byte for byte, NocoBase's key order
        HttpResult users = f.client().post(QStringLiteral("/api/userData:push"), usersPush);
        QCOMPARE(users.status, 200);
        QCOMPARE(users.body, usersAnswer);

        EngineHarness &h = f.harness();
        const qint64 backend = h.departmentId(QStringLiteral("api"), QStringLiteral("d-backend"));
        const qint64 eng = h.departmentId(QStringLiteral("api"), QStringLiteral("d-eng"));
        QCOMPARE(h.department(backend).parentId, eng);
        QCOMPARE(h.department(backend).isLeaf, true);
        QCOMPARE(h.department(eng).isLeaf, false);
        const qint64 alice = h.userId(QStringLiteral("api"), QStringLiteral("u1"));
        QCOMPARE(h.user(alice).phone, QStringLiteral("13800000001"));
        const QList<Membership> aliceIn = h.memberships(alice);
        QCOMPARE(aliceIn.size(), 1);
        QVERIFY(aliceIn.constFirst().isOwner && aliceIn.constFirst().isMain);
        QCOMPARE(h.memberships(h.userId(QStringLiteral("api"), QStringLiteral("u2"))).size(), 2);
        QVERIFY(h.memberships(h.userId(QStringLiteral("api"), QStringLiteral("u5"))).isEmpty());
        // Every push is a task of its source, created as an enabled "api" source.
        QCOMPARE(h.count(QStringLiteral("sync_tasks")), 2);
        QCOMPARE(h.count(QStringLiteral("sync_sources WHERE name = 'api' AND source_type = 'api'")),
                 1);

        // An identical re-push changes nothing and says success again.
        users = f.client().post(QStringLiteral("/api/userData:push"), usersPush);
        QCOMPARE(users.body, usersAnswer);
        QCOMPARE(h.count(QStringLiteral("users")), 5);
    }

    void validationMessages_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        // Reference §2.5 and the measured NocoBase 2.2.15 (runtime §4): the same wording. The
        // other two messages §2.5 lists ("dataType for user data synchronize is required",
        // "dataType must be user or department") cannot occur in NocoBase either: the "not
        // supported" check answers first.
        const QList<std::tuple<const char *, QByteArray, QString>> rows{
            {"missing dataType", R"({"records":[{"uid":"u1"}]})",
             QStringLiteral("dataType undefined is not supported")},
            {"unknown dataType", R"({"dataType":"group","records":[{"uid":"u1"}]})",
             QStringLiteral("dataType group is not supported")},
            {"no records", R"({"dataType":"user"})",
             QStringLiteral("records for user data synchronize is required")},
            {"empty records", R"({"dataType":"user","records":[]})",
             QStringLiteral("records must have at least one piece of data")},
            {"record without uid", R"({"dataType":"user","records":[{"username":"nouid"}]})",
             QStringLiteral("record must has uid, error record: {\"username\":\"nouid\"}")},
        };
        for (const QString &engine : TestDatabase::engines()) {
            for (const auto &[name, body, message] : rows)
                QTest::newRow(qPrintable(engine + QLatin1Char('/') + QLatin1String(name)))
                    << engine << body << message;
        }
    }
    void validationMessages()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        USERSYNC_API_FIXTURE(f);
        const HttpResult result = f.client().post(QStringLiteral("/api/userData:push"), body);
        QCOMPARE(result.status, 400); // NocoBase: 500
        // NocoBase's push error shape, exactly.
        QCOMPARE(result.object(),
                 QJsonObject({{"data", QJsonObject{{"code", 400}, {"message", message}}}}));
        QCOMPARE(written(f.harness()), QString());
    }

    void malformedBodies_data() { USERSYNC_ENGINE_ROWS(); }
    void malformedBodies()
    {
        USERSYNC_API_FIXTURE(f);
        struct Case
        {
            const char *name;
            QByteArray body;
            QByteArray contentType;
            int status;
            const char *shape; // "errors" (body parser) or "data" (push validation)
            const char *message; // a part of the message
        };
        const QByteArray json = "application/json";
        const QList<Case> cases{
            {"truncated", "{", json, 400, "errors", "not valid JSON"},
            {"not json", "dataType=user", json, 400, "errors", "not valid JSON"},
            {"garbage after object", R"({"dataType":"user","records":[{"uid":"a"}]} x)", json, 400,
             "errors", "not valid JSON"},
            {"single quotes", "{'dataType':'user'}", json, 400, "errors", "not valid JSON"},
            {"array body", R"([{"dataType":"user","records":[{"uid":"a"}]}])", json, 400, "data",
             "not an array"},
            {"empty object", "{}", json, 400, "data", "dataType undefined is not supported"},
            {"numeric dataType", R"({"dataType":5,"records":[{"uid":"a"}]})", json, 400, "data",
             "dataType 5 is not supported"},
            {"records object", R"({"dataType":"user","records":{"uid":"a"}})", json, 400, "data",
             "records must be an array"},
            {"records string", R"({"dataType":"user","records":"a"})", json, 400, "data",
             "records must be an array"},
            {"record not object", R"({"dataType":"user","records":[1]})", json, 400, "data",
             "record 1 must be a JSON object"},
            {"empty uid", R"({"dataType":"user","records":[{"uid":""}]})", json, 400, "data",
             "record must has uid"},
            {"second record without uid",
             R"({"dataType":"user","records":[{"uid":"a","email":"a@example.com"},{"username":"b"}]})",
             json, 400, "data", "record must has uid, error record: {\"username\":\"b\"}"},
            {"object uid", R"({"dataType":"user","records":[{"uid":{"x":1}}]})", json, 400, "data",
             "uid must be a string"},
            {"numeric email", R"({"dataType":"user","records":[{"uid":"a","email":5}]})", json, 400,
             "data", "email must be a string"},
            {"departments string",
             R"({"dataType":"user","records":[{"uid":"a","departments":"d1"}]})", json, 400, "data",
             "departments must be an array"},
            {"department without uid",
             R"({"dataType":"user","records":[{"uid":"a","departments":[{"isMain":true}]}]})", json,
             400, "data", "departments[].uid must be a string"},
            {"department entry bool",
             R"({"dataType":"user","records":[{"uid":"a","departments":[true]}]})", json, 400,
             "data", "each departments entry must be"},
            {"isMain text",
             R"({"dataType":"user","records":[{"uid":"a","departments":[{"uid":"d","isMain":"yes"}]}]})",
             json, 400, "data", "departments[].isMain must be true or false"},
            {"isDeleted text", R"({"dataType":"user","records":[{"uid":"a","isDeleted":"yes"}]})",
             json, 400, "data", "isDeleted must be true or false"},
            {"enabled text", R"({"dataType":"user","records":[{"uid":"a","enabled":"no"}]})", json,
             400, "data", "enabled must be true or false"},
            {"numeric title", R"({"dataType":"department","records":[{"uid":"d","title":7}]})",
             json, 400, "data", "title must be a string"},
            {"object parentUid",
             R"({"dataType":"department","records":[{"uid":"d","parentUid":{}}]})", json, 400,
             "data", "parentUid must be a string"},
            {"fractional sort", R"({"dataType":"department","records":[{"uid":"d","sort":1.5}]})",
             json, 400, "data", "sort must be a whole number"},
            {"numeric matchKey", R"({"dataType":"user","matchKey":5,"records":[{"uid":"a"}]})",
             json, 400, "data", "matchKey must be one of"},
            {"empty sourceName", R"({"dataType":"user","sourceName":"","records":[{"uid":"a"}]})",
             json, 400, "data", "sourceName must be a non-empty string"},
            {"numeric sourceName", R"({"dataType":"user","sourceName":7,"records":[{"uid":"a"}]})",
             json, 400, "data", "sourceName must be a non-empty string"},
            {"form encoded", "dataType=user&records[0][uid]=a", "application/x-www-form-urlencoded",
             415, "errors", "Content-Type: application/json"},
        };
        QVERIFY(cases.size() >= 20);
        for (const Case &c : cases) {
            const HttpResult result =
                f.client().post(QStringLiteral("/api/userData:push"), c.body, c.contentType);
            QVERIFY2(result.status == c.status,
                     qPrintable(QStringLiteral("%1: HTTP %2 %3")
                                    .arg(c.name)
                                    .arg(result.status)
                                    .arg(QString::fromUtf8(result.body))));
            const QJsonObject root = result.object();
            QVERIFY2(
                root.contains(QLatin1String(c.shape)),
                qPrintable(QStringLiteral("%1: %2").arg(c.name, QString::fromUtf8(result.body))));
            if (QByteArray(c.shape) == "data")
                QCOMPARE(root.value("data").toObject().value("code").toInt(), c.status);
            QVERIFY2(result.message().contains(QString::fromUtf8(c.message)),
                     qPrintable(QStringLiteral("%1: %2").arg(c.name, result.message())));
            QVERIFY2(written(f.harness()).isEmpty(),
                     qPrintable(QStringLiteral("%1 wrote %2").arg(c.name, written(f.harness()))));
        }
    }

    void duplicateEmailIsPartial_data() { USERSYNC_ENGINE_ROWS(); }
    void duplicateEmailIsPartial()
    {
        USERSYNC_API_FIXTURE(f);
        const HttpResult result = f.client().post(QStringLiteral("/api/userData:push"),
                                                  QByteArray(R"({"dataType":"user","records":[
              {"uid":"u1","nickname":"Alice","email":"same@example.com"},
              {"uid":"u2","nickname":"Alice too","email":"same@example.com"},
              {"uid":"u3","nickname":"Carol","email":"carol@example.com"}]})"));
        QCOMPARE(result.status, 200);
        const QJsonObject data = result.object().value("data").toObject();
        QCOMPARE(data.value("code").toInt(), 0);
        const QJsonObject users = data.value("result").toArray().at(0).toObject();
        QCOMPARE(users.value("resource").toString(), QStringLiteral("users"));
        const QJsonObject detail = users.value("detail").toObject();
        QCOMPARE(detail.value("count").toObject(),
                 QJsonObject({{"all", 3}, {"success", 2}, {"failed", 1}}));
        const QJsonArray failed = detail.value("failedRecords").toArray();
        QCOMPARE(failed.size(), 1);
        const QJsonObject record = failed.at(0).toObject().value("record").toObject();
        QCOMPARE(record.value("uid").toString(), QStringLiteral("u2"));
        QCOMPARE(record.value("email").toString(), QStringLiteral("same@example.com"));
        QVERIFY2(failed.at(0).toObject().value("message").toString().contains("e-mail")
                     || failed.at(0).toObject().value("message").toString().contains("email"),
                 qPrintable(failed.at(0).toObject().value("message").toString()));
        QCOMPARE(f.harness().count(QStringLiteral("users")), 2);
        // The task is partial, and the tasks list says so.
        const HttpResult tasks = f.client().get(QStringLiteral("/api/userDataSyncTasks:list"));
        QCOMPARE(tasks.status, 200);
        const QJsonObject task = tasks.object().value("data").toArray().at(0).toObject();
        QCOMPARE(task.value("status").toString(), QStringLiteral("partial"));
        QCOMPARE(task.value("counts").toObject().value("users").toObject().value("failed").toInt(),
                 1);
    }

    void apiKeys_data() { USERSYNC_ENGINE_ROWS(); }
    void apiKeys()
    {
        USERSYNC_API_FIXTURE(f);
        ApiTestClient &client = f.client();
        const QByteArray body = departmentsPush;

        // A key created behind the server's back (another process) works at once: an unknown
        // token re-reads the keys.
        auto created = ApiKeyRepository(f.harness().db()).create(QStringLiteral("fresh"));
        QVERIFY(created.ok());
        client.setToken(created->second.toLatin1());
        QCOMPARE(client.post(QStringLiteral("/api/userData:push"), body).status, 200);
        // Revoked behind its back: refused once the keys are re-read.
        QVERIFY(!ApiKeyRepository(f.harness().db()).revoke(QStringLiteral("fresh")));
        QSignalSpy reloaded(&f.server(), &ApiServer::keysReloaded);
        f.server().reloadKeys();
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(client.post(QStringLiteral("/api/userData:push"), body).status, 401);
        const qint64 tasksBefore = f.harness().count(QStringLiteral("sync_tasks"));

        client.setToken({});
        HttpResult result = client.post(QStringLiteral("/api/userData:push"), body);
        QCOMPARE(result.status, 401);
        QCOMPARE(
            result.object().value("errors").toArray().at(0).toObject().value("code").toString(),
            QStringLiteral("EMPTY_TOKEN"));
        QVERIFY(result.message().contains("Authorization: Bearer"));
        QVERIFY(result.header("WWW-Authenticate").startsWith("Bearer"));

        result = client.send(
            "POST", QStringLiteral("/api/userData:push"), body,
            {{"Authorization", "Basic dXNlcjpwYXNz"}, {"Content-Type", "application/json"}});
        QCOMPARE(result.status, 401);
        QCOMPARE(
            result.object().value("errors").toArray().at(0).toObject().value("code").toString(),
            QStringLiteral("EMPTY_TOKEN"));

        client.setToken("usk_wrong-token-wrong-token-wrong-token-0000");
        result = client.post(QStringLiteral("/api/userData:push"), body);
        QCOMPARE(result.status, 401);
        QCOMPARE(
            result.object().value("errors").toArray().at(0).toObject().value("code").toString(),
            QStringLiteral("INVALID_TOKEN"));
        // The right token with one character changed.
        QByteArray almost = f.token();
        almost[almost.size() - 1] = almost.at(almost.size() - 1) == 'A' ? 'B' : 'A';
        client.setToken(almost);
        QCOMPARE(client.post(QStringLiteral("/api/userData:push"), body).status, 401);

        const QByteArray revoked = f.createKey(QStringLiteral("old"), true);
        QVERIFY(!revoked.isEmpty());
        client.setToken(revoked);
        result = client.post(QStringLiteral("/api/userData:push"), body);
        QCOMPARE(result.status, 401);
        QCOMPARE(
            result.object().value("errors").toArray().at(0).toObject().value("code").toString(),
            QStringLiteral("INVALID_TOKEN"));
        QVERIFY2(result.message().contains("“old” was revoked"), qPrintable(result.message()));
        QCOMPARE(f.harness().count(QStringLiteral("sync_tasks")), tasksBefore); // nothing applied

        // The last use is recorded (off the request path, at stop at the latest).
        client.setToken(f.token());
        QCOMPARE(client.post(QStringLiteral("/api/userData:push"), body).status, 200);
        f.server().stop();
        QVERIFY(f.waitIdle());
        QVERIFY(QTest::qWaitFor(
            [&]() {
                auto keys = ApiKeyRepository(f.harness().db()).list();
                return keys && keys->constFirst().lastUsedAt.isValid();
            },
            10000));
    }

    void bodyLimit_data() { USERSYNC_ENGINE_ROWS(); }
    void bodyLimit()
    {
        const qint64 limit = 64 * 1024;
        USERSYNC_API_FIXTURE(f, limit);
        // Exactly the limit: accepted.
        QByteArray atLimit = R"({"dataType":"department","records":[{"uid":"d1","title":"One"}]})";
        atLimit += QByteArray(limit - atLimit.size(), ' ');
        QCOMPARE(atLimit.size(), limit);
        QCOMPARE(f.client().post(QStringLiteral("/api/userData:push"), atLimit).status, 200);

        // One byte over: 413 with a JSON answer, nothing applied.
        const qint64 tasksBefore = f.harness().count(QStringLiteral("sync_tasks"));
        QByteArray over = R"({"dataType":"department","records":[{"uid":"d2","title":"Two"}]})";
        over += QByteArray(limit + 1 - over.size(), ' ');
        HttpResult result = f.client().post(QStringLiteral("/api/userData:push"), over);
        QCOMPARE(result.status, 413);
        QVERIFY2(result.message().contains("larger than this server accepts"),
                 qPrintable(result.message()));
        QCOMPARE(f.harness().count(QStringLiteral("sync_tasks")), tasksBefore);
        QCOMPARE(f.harness().departmentId(QStringLiteral("api"), QStringLiteral("d2")), 0);

        // A huge Content-Length is refused before any of the body is sent or kept.
        const QByteArray huge = rawExchange(
            f.server().port(),
            "POST /api/userData:push HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                + f.token()
                + "\r\nContent-Type: application/json\r\nContent-Length: "
                  "1000000000000\r\n\r\n{\"dataType\"");
        QVERIFY2(huge.startsWith("HTTP/1.1 413 "), huge.constData());
        QVERIFY(huge.contains("\"errors\""));
        // A chunked body is counted as it arrives.
        QByteArray chunked =
            "POST /api/userData:push HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
            "Bearer "
            + f.token()
            + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        const QByteArray chunk(8192, ' ');
        for (int i = 0; i < 10; ++i)
            chunked += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
        const QByteArray chunkedAnswer = rawExchange(f.server().port(), chunked);
        QVERIFY2(chunkedAnswer.startsWith("HTTP/1.1 413 "), chunkedAnswer.left(200).constData());

        // Headers without end: 431.
        const QByteArray headers =
            rawExchange(f.server().port(),
                        "GET /api/userData:listSyncTypes HTTP/1.1\r\nX-Long: "
                            + QByteArray(ApiConnection::MaxHeaderBytes + 10, 'a'));
        QVERIFY2(headers.startsWith("HTTP/1.1 431 "), headers.left(200).constData());

        // The server is still fine.
        QCOMPARE(
            f.client().post(QStringLiteral("/api/userData:listSyncTypes"), QByteArray()).status,
            200);
        QCOMPARE(f.harness().count(QStringLiteral("sync_tasks")), tasksBefore);
    }

    void curlSendsExpectContinue_data() { USERSYNC_ENGINE_ROWS(); }
    void curlSendsExpectContinue()
    {
        USERSYNC_REQUIRE(
            !QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty(),
            QStringLiteral("curl is not installed (scripts/deps.sh --test installs it)"));
        USERSYNC_API_FIXTURE(f);
        // curl asks "Expect: 100-continue" before a body over 1 MiB and waits for the interim
        // answer; the server gives it at once instead of letting curl time out.
        QByteArray body = R"({"dataType":"department","records":[{"uid":"big","title":"Big"}]})";
        body += QByteArray(2 * 1024 * 1024, ' ');
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("body.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(body);
        file.close();
        QProcess curl;
        curl.start(QStringLiteral("curl"),
                   {"-sS", "-v", "-H", "Authorization: Bearer " + QString::fromLatin1(f.token()),
                    "-H", "Content-Type: application/json", "-H", "Expect: 100-continue",
                    "--data-binary", "@" + file.fileName(),
                    f.client().url(QStringLiteral("/api/userData:push")).toString()});
        QVERIFY(QTest::qWaitFor([&]() { return curl.state() == QProcess::NotRunning; }, 60000));
        const QByteArray err = curl.readAllStandardError();
        QVERIFY2(err.contains("HTTP/1.1 100 Continue"), err.constData());
        QVERIFY2(curl.readAllStandardOutput().contains("\"code\":0"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestApiPush)
#include "tst_api_push.moc"
