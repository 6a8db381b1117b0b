// The http pull source through the real engine, against a local test server on 127.0.0.1: the
// three pagination styles, a field map, bearer and basic authentication, 429 with Retry-After,
// a timeout, invalid JSON on page 3, TLS with a private CA, the connection test. SQLite and
// PostgreSQL.
#include "engineharness.h"
#include "sources/http/httpsourcetype.h"
#include "sync/taskrunner.h"
#include "testcertificates.h"
#include "testenv.h"
#include "testhttpserver.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QtTest>

namespace {
using Response = TestHttpServer::Response;
using Request = TestHttpServer::Request;

void storeSecret(EngineHarness &h, const QString &source, const QString &key,
                 const QByteArray &value)
{
    bool done = false;
    QObject context;
    h.secrets().write(SecretStore::sourceSecretKey(source, key), value, &context,
                      [&](const SecretResult &) { done = true; });
    QVERIFY(QTest::qWaitFor([&]() { return done; }, 10000));
}

// Departments d0 (root) and d1..d{n-1} under it, as a UserData body.
QByteArray departmentsUserData(int count)
{
    QJsonArray records;
    for (int i = 0; i < count; ++i) {
        QJsonObject record{{"uid", QStringLiteral("d%1").arg(i)},
                           {"title", QStringLiteral("Dept %1").arg(i)}};
        if (i > 0)
            record.insert("parentUid", "d0");
        records.append(record);
    }
    return QJsonDocument(QJsonObject{{"dataType", "department"}, {"records", records}})
        .toJson(QJsonDocument::Compact);
}

// Users u{first}...; in departments d0..d2 when the source serves those.
QJsonArray userRecords(int first, int count, bool inDepartments = false)
{
    QJsonArray records;
    for (int i = first; i < first + count; ++i) {
        QJsonObject record{{"uid", QStringLiteral("u%1").arg(i)},
                           {"nickname", QStringLiteral("User %1").arg(i)},
                           {"email", QStringLiteral("u%1@example.com").arg(i)}};
        if (inDepartments)
            record.insert("departments", QJsonArray{QStringLiteral("d%1").arg(i % 3)});
        records.append(record);
    }
    return records;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QString secretsFoundIn(EngineHarness &h, const QList<QByteArray> &secrets)
{
    QStringList where;
    QDirIterator files(h.dataDir().logsDir(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray text = file.readAll();
            for (const QByteArray &secret : secrets) {
                if (text.contains(secret))
                    where << file.fileName();
            }
        }
    }
    QSqlQuery query(h.db().database());
    for (const QString &sql : {QStringLiteral("SELECT message FROM sync_tasks"),
                               QStringLiteral("SELECT options FROM sync_sources"),
                               QStringLiteral("SELECT message FROM sync_task_results")}) {
        if (!query.exec(sql))
            where << QStringLiteral("(cannot read: %1)").arg(sql);
        while (query.next()) {
            for (const QByteArray &secret : secrets) {
                if (query.value(0).toString().toUtf8().contains(secret))
                    where << sql;
            }
        }
    }
    return where.join(QStringLiteral(", "));
}
} // namespace

class TestHttpSource : public QObject
{
    Q_OBJECT

private slots:
    void nextUrlInTheBody_data() { USERSYNC_ENGINE_ROWS(); }
    void nextUrlInTheBody()
    {
        USERSYNC_ENGINE(h);
        TestHttpServer server([](const Request &request) {
            if (request.url.path() == "/departments")
                return TestHttpServer::json(departmentsUserData(3));
            const int cursor =
                request.query("cursor").isEmpty() ? 0 : request.query("cursor").toInt();
            QJsonObject page{{"dataType", "user"}, {"records", userRecords(cursor * 4, 4, true)}};
            page.insert("links",
                        QJsonObject{{"next",
                                     cursor < 2 ? QJsonValue(
                                         QStringLiteral("/users?cursor=%1").arg(cursor + 1))
                                                : QJsonValue()}});
            return TestHttpServer::json(compact(page));
        });
        QVERIFY(server.listen());
        QVERIFY(h.addSource("hr", HttpSourceType::Key,
                            {{"departmentsUrl", server.url("/departments").toString()},
                             {"usersUrl", server.url("/users").toString()},
                             {"pagination", "next"},
                             {"nextPointer", "/links/next"}}));
        const auto run = h.sync("hr");
        QVERIFY2(!run.refused, qPrintable(run.message));
        QCOMPARE(run.task.status, TaskStatus::Success);
        QCOMPARE(h.count("departments"), 3);
        QCOMPARE(h.count("users"), 12);
        QCOMPARE(server.requestCount("/users"), 3);
        QCOMPARE(server.requestCount("/departments"), 1);
        // Departments came first, so memberships resolved.
        QCOMPARE(h.memberships(h.userId("hr", "u5")).size(), 1);
        QCOMPARE(h.memberships(h.userId("hr", "u5")).constFirst().departmentId,
                 h.departmentId("hr", "d2"));
        QCOMPARE(server.requests().at(0).headers.value("accept"), QByteArray("application/json"));
        QVERIFY(server.requests().at(0).headers.value("user-agent").startsWith("UserSync/"));
        // Re-running over the same data changes nothing.
        QCOMPARE(h.sync("hr").task.message.contains("updated"), false);
    }

    void linkHeaderAndFieldMap_data() { USERSYNC_ENGINE_ROWS(); }
    void linkHeaderAndFieldMap()
    {
        USERSYNC_ENGINE(h);
        // An HR system's own shape: {"items": [...]}, its own field names, Link headers.
        TestHttpServer server([](const Request &request) {
            if (request.url.path() == "/api/orgunits")
                return TestHttpServer::json(
                    R"({"items":[{"code":"HQ","name":"Head office"},{"code":"IT","name":"IT","parent":{"code":"HQ"}}]})");
            const int page = request.query("p").isEmpty() ? 1 : request.query("p").toInt();
            QJsonArray people;
            for (int i = (page - 1) * 2; i < page * 2; ++i)
                people.append(QJsonObject{
                    {"personnelNo", 5000 + i},
                    {"name", QJsonObject{{"display", QStringLiteral("Person %1").arg(i)}}},
                    {"mail", QStringLiteral("p%1@corp.example").arg(i)},
                    {"unit", i % 2 ? "IT" : "HQ"},
                    {"grade", "B"},
                    {"internalNotes", "not for UserSync"}});
            Response response = TestHttpServer::json(compact(QJsonObject{{"items", people}}));
            if (page < 3)
                response.headers.append(
                    qMakePair(QByteArray("Link"),
                              QStringLiteral("<https://elsewhere.example/first>; rel=\"first\", "
                                             "</api/people?p=%1>; rel=\"next\"")
                                  .arg(page + 1)
                                  .toLatin1()));
            return response;
        });
        QVERIFY(server.listen());
        QVERIFY(h.addSource("corp", HttpSourceType::Key,
                            {{"departmentsUrl", server.url("/api/orgunits").toString()},
                             {"usersUrl", server.url("/api/people").toString()},
                             {"pagination", "link"},
                             {"format", "records"},
                             {"recordsPointer", "/items"},
                             {"departmentFields", "uid=/code\ntitle=/name\nparentUid=/parent/code"},
                             {"userFields",
                              "uid=/personnelNo\nnickname=/name/display\nemail=/mail\n"
                              "departments=/unit\ngrade=/grade"}}));
        const auto run = h.sync("corp");
        QVERIFY2(run.task.status == TaskStatus::Success, qPrintable(run.task.message));
        QCOMPARE(server.requestCount("/api/people"), 3);
        QCOMPARE(h.count("users"), 6);
        const qint64 hq = h.departmentId("corp", "HQ");
        QCOMPARE(h.department(h.departmentId("corp", "IT")).parentId, hq);
        const User person = h.user(h.userId("corp", "5003")); // a numeric id became the uid "5003"
        QCOMPARE(person.nickname, QStringLiteral("Person 3"));
        QCOMPARE(person.email, QStringLiteral("p3@corp.example"));
        QCOMPARE(person.custom.value("grade").toString(), QStringLiteral("B"));
        QVERIFY(!person.custom.contains("internalNotes")); // only mapped fields
        QCOMPARE(h.memberships(person.id).constFirst().departmentId, h.departmentId("corp", "IT"));
    }

    void pageParameters_data() { USERSYNC_ENGINE_ROWS(); }
    void pageParameters()
    {
        USERSYNC_ENGINE(h);
        TestHttpServer server([](const Request &request) {
            const int page = request.query("page").toInt();
            const int size = request.query("size").toInt();
            const int total = 7;
            const int first = page * size; // pages count from 0 here
            return TestHttpServer::json(compact(QJsonObject{
                {"data",
                 QJsonObject{
                     {"dataType", "user"},
                     {"records", userRecords(first, qMax(0, qMin(size, total - first)))}}}}));
        });
        QVERIFY(server.listen());
        QVERIFY(h.addSource("paged", HttpSourceType::Key,
                            {{"usersUrl", server.url("/users?active=1").toString()},
                             {"pagination", "page"},
                             {"pageParam", "page"},
                             {"pageSizeParam", "size"},
                             {"pageSize", 3},
                             {"firstPage", 0},
                             {"recordsPointer", "/data"}}));
        const auto run = h.sync("paged");
        QVERIFY2(run.task.status == TaskStatus::Success, qPrintable(run.task.message));
        QCOMPARE(h.count("users"), 7);
        // Pages 0, 1, 2 and the empty page 3 that ends the list; the URL's own query kept.
        QCOMPARE(server.requestCount(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(server.requests().at(i).query("page"), QString::number(i));
            QCOMPARE(server.requests().at(i).query("size"), QStringLiteral("3"));
            QCOMPARE(server.requests().at(i).query("active"), QStringLiteral("1"));
        }
    }

    void authentication_data() { USERSYNC_ENGINE_ROWS(); }
    void authentication()
    {
        USERSYNC_ENGINE(h);
        const QByteArray token = "tok-7f3a9c1e5b";
        const QByteArray password = "pa55-w0rd-x9";
        const QByteArray apiKey = "k3y-55aa99";
        TestHttpServer server([&](const Request &request) {
            const QByteArray authorization = request.headers.value("authorization");
            const bool bearer = authorization == "Bearer " + token;
            const bool basic = authorization == "Basic " + QByteArray("svc:" + password).toBase64();
            if ((!bearer && !basic) || request.headers.value("x-api-key") != apiKey)
                // Some servers echo what they got: the message must still not show it.
                return TestHttpServer::json("{\"error\":\"denied for " + authorization + "\"}",
                                            401);
            return TestHttpServer::json(
                compact(QJsonObject{{"dataType", "user"}, {"records", userRecords(0, 2)}}));
        });
        QVERIFY(server.listen());
        QVERIFY(h.addSource("bearer", HttpSourceType::Key,
                            {{"usersUrl", server.url("/users").toString()},
                             {"auth", "bearer"},
                             {"headers", "X-Tenant: acme"}}));
        storeSecret(h, "bearer", "token", token);
        storeSecret(h, "bearer", "secretHeader", "X-API-Key: " + apiKey);
        auto run = h.sync("bearer");
        QVERIFY2(run.task.status == TaskStatus::Success, qPrintable(run.task.message));
        QCOMPARE(server.requests().constLast().headers.value("x-tenant"), QByteArray("acme"));

        QVERIFY(h.addSource("basic", HttpSourceType::Key,
                            {{"usersUrl", server.url("/users").toString()},
                             {"auth", "basic"},
                             {"username", "svc"},
                             {"matchKey", "email"}})); // the same people as "bearer"
        storeSecret(h, "basic", "password", password);
        storeSecret(h, "basic", "secretHeader", "X-API-Key: " + apiKey);
        run = h.sync("basic");
        QVERIFY2(run.task.status == TaskStatus::Success, qPrintable(run.task.message));
        QCOMPARE(server.requests().constLast().headers.value("authorization"),
                 "Basic " + QByteArray("svc:" + password).toBase64());

        // A wrong password: failed, the status and the body named, the secrets nowhere.
        storeSecret(h, "basic", "password", "wrong-" + password);
        run = h.sync("basic");
        QCOMPARE(run.task.status, TaskStatus::Failed);
        QVERIFY2(run.task.message.contains("HTTP 401 Unauthorized")
                     && run.task.message.contains("denied for")
                     && run.task.message.contains(server.url("/users").toString()),
                 qPrintable(run.task.message));
        QVERIFY2(!run.task.message.contains("wrong-"), qPrintable(run.task.message));
        // A missing secret is named.
        QVERIFY(h.addSource("nosecret", HttpSourceType::Key,
                            {{"usersUrl", server.url("/users").toString()}, {"auth", "bearer"}}));
        run = h.sync("nosecret");
        QCOMPARE(run.task.status, TaskStatus::Failed);
        QVERIFY2(run.task.message.contains("needs a token"), qPrintable(run.task.message));
        const QString leaks =
            secretsFoundIn(h,
                           {token, password, apiKey, QByteArray("svc:" + password).toBase64(),
                            QByteArray("svc:wrong-" + password).toBase64()});
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks));
    }

    void retryAfter429_data() { USERSYNC_ENGINE_ROWS(); }
    void retryAfter429()
    {
        USERSYNC_ENGINE(h);
        int calls = 0;
        TestHttpServer server([&](const Request &) {
            ++calls;
            if (calls == 1) {
                Response busy = TestHttpServer::json(R"({"error":"slow down"})", 429);
                busy.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
                return busy;
            }
            if (calls == 2)
                return TestHttpServer::json(R"({"error":"maintenance"})",
                                            503); // no Retry-After: 1 s
            return TestHttpServer::json(
                compact(QJsonObject{{"dataType", "user"}, {"records", userRecords(0, 3)}}));
        });
        QVERIFY(server.listen());
        QVERIFY(h.addSource("busy", HttpSourceType::Key,
                            {{"usersUrl", server.url("/users").toString()}}));
        const auto run = h.sync("busy");
        QVERIFY2(run.task.status == TaskStatus::Success, qPrintable(run.task.message));
        QCOMPARE(calls, 3);
        const QList<Request> requests = server.requests();
        QVERIFY2(
            requests.at(1).receivedMs - requests.at(0).receivedMs >= 900,
            qPrintable(QString::number(requests.at(1).receivedMs - requests.at(0).receivedMs)));
        QVERIFY(requests.at(2).receivedMs - requests.at(1).receivedMs >= 900);
        QCOMPARE(h.count("users"), 3);

        // A server that stays busy: the retries are bounded, then the task fails saying so.
        server.setHandler([](const Request &) {
            Response busy = TestHttpServer::json(R"({"error":"slow down"})", 429);
            busy.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("0")));
            return busy;
        });
        QVERIFY(h.addSource("busier", HttpSourceType::Key,
                            {{"usersUrl", server.url("/users").toString()}, {"retries", 2}}));
        const int before = server.requestCount();
        const auto failed = h.sync("busier");
        QCOMPARE(failed.task.status, TaskStatus::Failed);
        QCOMPARE(server.requestCount() - before, 3);
        QVERIFY2(failed.task.message.contains("HTTP 429")
                     && failed.task.message.contains("still after 2 retries")
                     && failed.task.message.contains("slow down"),
                 qPrintable(failed.task.message));
    }

    void timeout_data() { USERSYNC_ENGINE_ROWS(); }
    void timeout()
    {
        USERSYNC_ENGINE(h);
        TestHttpServer server([](const Request &) {
            Response silent;
            silent.noAnswer = true;
            return silent;
        });
        QVERIFY(server.listen());
        QVERIFY(
            h.addSource("slow", HttpSourceType::Key,
                        {{"usersUrl", server.url("/users").toString()}, {"timeoutSeconds", 1}}));
        QElapsedTimer clock;
        clock.start();
        const auto run = h.sync("slow");
        QCOMPARE(run.task.status, TaskStatus::Failed);
        QVERIFY2(run.task.message.contains("no answer within 1 seconds")
                     && run.task.message.contains(server.url("/users").toString()),
                 qPrintable(run.task.message));
        QVERIFY(clock.elapsed() < 30000);
    }

    void cancelWhileWaiting_data() { USERSYNC_ENGINE_ROWS(); }
    void cancelWhileWaiting()
    {
        USERSYNC_ENGINE(h);
        TestHttpServer server([](const Request &) {
            Response silent;
            silent.noAnswer = true;
            return silent;
        });
        QVERIFY(server.listen());
        QVERIFY(
            h.addSource("waiting", HttpSourceType::Key,
                        {{"usersUrl", server.url("/users").toString()}, {"timeoutSeconds", 300}}));
        QString batch;
        QObject context;
        QObject::connect(&h.runner(), &TaskRunner::started, &context,
                         [&](quint64, const SyncTask &task) { batch = task.batch; });
        QTimer::singleShot(0, &context, [&]() {
            QVERIFY(QTest::qWaitFor(
                [&]() { return server.requestCount() == 1 && !batch.isEmpty(); }, 30000));
            QVERIFY(h.runner().cancel(batch));
        });
        const auto run = h.sync("waiting");
        QCOMPARE(run.task.status, TaskStatus::Cancelled);
    }

    void invalidJsonOnPage3_data() { USERSYNC_ENGINE_ROWS(); }
    void invalidJsonOnPage3()
    {
        USERSYNC_ENGINE(h);
        TestHttpServer server([](const Request &request) {
            const int page = request.query("page").toInt();
            if (page == 3)
                return TestHttpServer::json(
                    "<html><body>Proxy error: upstream timed out</body></html>");
            return TestHttpServer::json(compact(userRecords((page - 1) * 5, 5)));
        });
        QVERIFY(server.listen());
        QVERIFY(h.addSource("broken", HttpSourceType::Key,
                            {{"usersUrl", server.url("/people").toString()},
                             {"pagination", "page"},
                             {"pageSize", 5},
                             {"format", "records"}}));
        const auto run = h.sync("broken");
        QCOMPARE(run.task.status, TaskStatus::Failed);
        const QString message = run.task.message;
        QVERIFY2(message.contains("Page 3") && message.contains("users page 3")
                     && message.contains(server.url("/people").toString() + "?page=3&pageSize=5")
                     && message.contains("not valid JSON")
                     && message.contains("<html><body>Proxy error"),
                 qPrintable(message));
        // Pages 1 and 2 were committed, nothing of page 3.
        QCOMPARE(h.count("users"), 10);
        QCOMPARE(h.userId("broken", "u9") > 0, true);
        QCOMPARE(h.userId("broken", "u10"), 0);
        QVERIFY2(message.contains("2 pages") || message.contains("Pages 1–2"), qPrintable(message));
    }

    void httpErrorsAndBadPages_data() { USERSYNC_ENGINE_ROWS(); }
    void httpErrorsAndBadPages()
    {
        USERSYNC_ENGINE(h);
        TestHttpServer server([](const Request &request) {
            const QString path = request.url.path();
            if (path == "/error")
                return TestHttpServer::json(R"({"error":"database is down"})", 500);
            if (path == "/nouid")
                return TestHttpServer::json(
                    R"({"dataType":"user","records":[{"uid":"a"},{"nickname":"no uid"}]})");
            if (path == "/good")
                return TestHttpServer::json(
                    R"({"dataType":"user","records":[{"uid":"g1"}],"next":"/nouid"})");
            if (path == "/loop")
                return TestHttpServer::json(
                    R"({"dataType":"user","records":[{"uid":"a"}],"next":"/loop"})");
            if (path == "/mixed")
                return TestHttpServer::json(R"([{"dataType":"user","records":[{"uid":"a"}]}])");
            return TestHttpServer::json(R"({"dataType":"department","records":[{"uid":"late"}]})");
        });
        QVERIFY(server.listen());
        QVERIFY(h.addSource("e500", HttpSourceType::Key,
                            {{"usersUrl", server.url("/error").toString()}}));
        auto run = h.sync("e500");
        QCOMPARE(run.task.status, TaskStatus::Failed);
        QVERIFY2(run.task.message.contains("HTTP 500 Internal Server Error")
                     && run.task.message.contains("database is down"),
                 qPrintable(run.task.message));

        QVERIFY(h.addSource("nouid", HttpSourceType::Key,
                            {{"usersUrl", server.url("/nouid").toString()}}));
        run = h.sync("nouid");
        QCOMPARE(run.task.status, TaskStatus::Failed);
        QVERIFY2(run.task.message.contains("record must has uid")
                     && run.task.message.contains("/nouid"),
                 qPrintable(run.task.message));
        QCOMPARE(h.count("users"), 0); // the page applied nothing

        // A good page before the bad one is applied, even though the engine only applies a
        // page once the next one has arrived.
        QVERIFY(
            h.addSource("good", HttpSourceType::Key,
                        {{"usersUrl", server.url("/good").toString()}, {"pagination", "next"}}));
        run = h.sync("good");
        QCOMPARE(run.task.status, TaskStatus::Failed);
        QVERIFY2(run.task.message.startsWith(QLatin1String("Page 2:"))
                     && run.task.message.contains("record must has uid"),
                 qPrintable(run.task.message));
        QCOMPARE(h.count("users"), 1);
        QVERIFY(h.userId("good", "g1") != 0);

        QVERIFY(
            h.addSource("loop", HttpSourceType::Key,
                        {{"usersUrl", server.url("/loop").toString()}, {"pagination", "next"}}));
        run = h.sync("loop");
        QCOMPARE(run.task.status, TaskStatus::Failed);
        QVERIFY2(run.task.message.contains("leads back to a page already read"),
                 qPrintable(run.task.message));

        // Departments after users break the engine's order: refused.
        QVERIFY(h.addSource("order", HttpSourceType::Key,
                            {{"departmentsUrl", server.url("/mixed").toString()},
                             {"usersUrl", server.url("/late").toString()}}));
        run = h.sync("order");
        QCOMPARE(run.task.status, TaskStatus::Failed);
        QVERIFY2(run.task.message.contains("departments arrived after users"),
                 qPrintable(run.task.message));
    }

    void tlsWithAPrivateCa_data() { USERSYNC_ENGINE_ROWS(); }
    void tlsWithAPrivateCa()
    {
        USERSYNC_REQUIRE(QSslSocket::supportsSsl(), QStringLiteral("Qt has no TLS backend here"));
        USERSYNC_REQUIRE(
            TestCertificates::opensslAvailable(),
            QStringLiteral(
                "the openssl command is not installed (scripts/deps.sh --test installs it)"));
        USERSYNC_ENGINE(h);
        QTemporaryDir dir;
        const TestCertificates certificates = TestCertificates::generate(dir.path());
        QVERIFY2(certificates.ok, qPrintable(certificates.error));
        TestHttpServer server([](const Request &) {
            return TestHttpServer::json(
                compact(QJsonObject{{"dataType", "user"}, {"records", userRecords(0, 2)}}));
        });
        QVERIFY(server.listenTls(certificates.serverConfiguration()));
        const QString url = server.url("/users").toString();
        QVERIFY(url.startsWith("https://"));

        QVERIFY(h.addSource("untrusted", HttpSourceType::Key, {{"usersUrl", url}}));
        auto run = h.sync("untrusted");
        QCOMPARE(run.task.status, TaskStatus::Failed);
        QVERIFY2(run.task.message.contains("not trusted")
                     && run.task.message.contains("CA certificates file"),
                 qPrintable(run.task.message));
        QCOMPARE(h.count("users"), 0);

        QVERIFY(h.addSource("trusted", HttpSourceType::Key,
                            {{"usersUrl", url}, {"caFile", certificates.caFile}}));
        run = h.sync("trusted");
        QVERIFY2(run.task.status == TaskStatus::Success, qPrintable(run.task.message));
        QCOMPARE(h.count("users"), 2);

        // The server's own certificate as "CA" is not its issuer: still refused.
        QVERIFY(h.addSource("wrongca", HttpSourceType::Key,
                            {{"usersUrl", url}, {"caFile", certificates.certificateFile}}));
        QCOMPARE(h.sync("wrongca").task.status, TaskStatus::Failed);

        QVERIFY(h.addSource("unchecked", HttpSourceType::Key,
                            {{"usersUrl", url}, {"verifyTls", false}, {"matchKey", "email"}}));
        QCOMPARE(h.sync("unchecked").task.status, TaskStatus::Success);
    }

    void connectionTest()
    {
        TestHttpServer server([](const Request &request) {
            if (request.url.path() == "/departments")
                return TestHttpServer::json(departmentsUserData(4));
            if (request.url.path() == "/users")
                return TestHttpServer::json(
                    compact(QJsonObject{{"dataType", "user"}, {"records", userRecords(0, 2)}}));
            return TestHttpServer::json(R"({"error":"no such page"})", 404);
        });
        QVERIFY(server.listen());
        const HttpSourceType type;
        QVERIFY(type.supportsConnectionTest());
        const auto test = [&](const QJsonObject &options) {
            SourceContext context;
            context.source.name = "t";
            context.source.options = options;
            bool done = false;
            QPair<bool, QString> answer;
            QObject receiver;
            type.testConnection(context, &receiver, [&](bool ok, const QString &message) {
                answer = {ok, message};
                done = true;
            });
            [[maybe_unused]] const bool finished = QTest::qWaitFor([&]() { return done; }, 30000);
            return answer;
        };
        auto answer = test({{"departmentsUrl", server.url("/departments").toString()},
                            {"usersUrl", server.url("/users").toString()}});
        QVERIFY2(answer.first, qPrintable(answer.second));
        QVERIFY2(answer.second.contains("Departments: 4 records on the first page")
                     && answer.second.contains("Users: 2 records"),
                 qPrintable(answer.second));
        answer = test({{"usersUrl", server.url("/missing").toString()}});
        QVERIFY(!answer.first);
        QVERIFY2(answer.second.contains("HTTP 404") && answer.second.contains("/missing"),
                 qPrintable(answer.second));
        answer = test({{"usersUrl", server.url("/users").toString()}, {"format", "records"}});
        QVERIFY(!answer.first);
        QVERIFY2(answer.second.contains("Records pointer"), qPrintable(answer.second));
        answer = test({{"auth", "bearer"}, {"usersUrl", server.url("/users").toString()}});
        QVERIFY(!answer.first);
        QVERIFY(answer.second.contains("needs a token"));
        // No request was sent without the pages being read like a sync reads them.
        QCOMPARE(server.requestCount("/departments"), 1);
    }
};

QTEST_GUILESS_MAIN(TestHttpSource)
#include "tst_http_source.moc"
