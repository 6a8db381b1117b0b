// The http source's pure parts, without a network: JSON pointers, Link headers, Retry-After,
// option checks, field maps and every response shape the page reader takes.
#include "sources/http/httpfetcher.h"
#include "sources/http/httppagereader.h"
#include "sources/http/httpsourceoptions.h"
#include "sources/http/httpsourcetype.h"
#include "sources/http/jsonpointer.h"
#include "sources/http/linkheader.h"
#include "sources/http/retryafter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {
QJsonObject options(std::initializer_list<QPair<QString, QJsonValue>> values)
{
    QJsonObject object{{"usersUrl", "https://hr.example.com/api/users"}};
    for (const auto &value : values)
        object.insert(value.first, value.second);
    return object;
}

HttpSourceOptions read(const QJsonObject &values)
{
    SourceContext context;
    context.source.options = values;
    HttpSourceOptions result;
    QString error;
    const bool ok = HttpSourceOptions::read(context, &result, &error, false);
    if (!ok)
        qWarning() << error;
    return result;
}
} // namespace

class TestHttpUnits : public QObject
{
    Q_OBJECT

private slots:
    void jsonPointer()
    {
        const QJsonValue doc =
            QJsonDocument::fromJson(
                R"({"data":[{"id":7,"a/b":1,"m~n":2}],"links":{"next":"/p2"},"":3})")
                .object();
        QCOMPARE(JsonPointer::resolve(doc, "/data/0/id").toInt(), 7);
        QCOMPARE(JsonPointer::resolve(doc, "/data/0/a~1b").toInt(), 1);
        QCOMPARE(JsonPointer::resolve(doc, "/data/0/m~0n").toInt(), 2);
        QCOMPARE(JsonPointer::resolve(doc, "/links/next").toString(), QStringLiteral("/p2"));
        QCOMPARE(JsonPointer::resolve(doc, "/").toInt(), 3);
        QCOMPARE(JsonPointer::resolve(doc, ""), doc);
        QVERIFY(JsonPointer::resolve(doc, "/data/1").isUndefined());
        QVERIFY(JsonPointer::resolve(doc, "/data/01").isUndefined());
        QVERIFY(JsonPointer::resolve(doc, "/data/-").isUndefined());
        QVERIFY(JsonPointer::resolve(doc, "/nope/x").isUndefined());
        QVERIFY(JsonPointer::resolve(doc, "/links/next/x").isUndefined());
        QVERIFY(!JsonPointer::isValid("data"));
        QVERIFY(!JsonPointer::isValid("/a~2"));
        QVERIFY(!JsonPointer::isValid("/a~"));
        QVERIFY(JsonPointer::isValid("/a~0~1"));
    }

    void linkHeader_data()
    {
        QTest::addColumn<QList<QByteArray>>("headers");
        QTest::addColumn<QString>("next");
        const QString base = "https://hr.example.com/api/users?page=1";
        QTest::newRow("github style") << QList<
            QByteArray>{R"(<https://hr.example.com/api/users?page=2>; rel="next", <https://hr.example.com/api/users?page=9>; rel="last")"}
                                      << "https://hr.example.com/api/users?page=2";
        QTest::newRow("unquoted, relative") << QList<QByteArray>{"</api/users?page=3>; rel=next"}
                                            << "https://hr.example.com/api/users?page=3";
        QTest::newRow("several relation types")
            << QList<QByteArray>{R"(<?page=4>; title="a, b"; rel="last next")"}
            << "https://hr.example.com/api/users?page=4";
        QTest::newRow("comma in the URI")
            << QList<QByteArray>{R"(<https://hr.example.com/u?ids=1,2>; rel="next")"}
            << "https://hr.example.com/u?ids=1,2";
        QTest::newRow("two headers") << QList<QByteArray>{R"(<https://x/prev>; rel="prev")",
                                                          R"(<https://x/next>; REL="Next")"}
                                     << "https://x/next";
        QTest::newRow("no next") << QList<QByteArray>{R"(<https://x/prev>; rel="prev")"}
                                 << QString();
        QTest::newRow("nextfoo is not next")
            << QList<QByteArray>{R"(<https://x/2>; rel="nextfoo")"} << QString();
        QTest::newRow("none") << QList<QByteArray>{} << QString();
        Q_UNUSED(base);
    }
    void linkHeader()
    {
        QFETCH(QList<QByteArray>, headers);
        QFETCH(QString, next);
        const QUrl found =
            LinkHeader::next(headers, QUrl("https://hr.example.com/api/users?page=1"));
        QCOMPARE(found.toString(), next);
    }

    void retryAfter()
    {
        const QDateTime now(QDate(2026, 12, 2), QTime(10, 0, 0), Qt::UTC);
        QCOMPARE(RetryAfter::delayMs("3", now, 500, 60000), 3000);
        QCOMPARE(RetryAfter::delayMs(" 0 ", now, 500, 60000), 0);
        QCOMPARE(RetryAfter::delayMs("3600", now, 500, 60000), 60000); // capped
        QCOMPARE(RetryAfter::delayMs("99999999999999", now, 500, 60000), 60000);
        QCOMPARE(RetryAfter::delayMs("Wed, 02 Dec 2026 10:00:05 GMT", now, 500, 60000), 5000);
        QCOMPARE(RetryAfter::delayMs("Wednesday, 02-Dec-26 10:00:07 GMT", now, 500, 60000), 7000);
        QCOMPARE(RetryAfter::delayMs("Wed Dec  2 10:00:09 2026", now, 500, 60000), 9000);
        QCOMPARE(RetryAfter::delayMs("Wed, 02 Dec 2026 09:00:00 GMT", now, 500, 60000), 0); // past
        QCOMPARE(RetryAfter::delayMs("Wed, 02 Dec 2026 12:00:00 GMT", now, 500, 60000), 60000);
        QCOMPARE(RetryAfter::delayMs("soon", now, 500, 60000), 500);
        QCOMPARE(RetryAfter::delayMs("", now, 2000, 60000), 2000);
        QCOMPARE(RetryAfter::delayMs("-5", now, 700, 60000), 700);
    }

    void optionChecks_data()
    {
        QTest::addColumn<QJsonObject>("values");
        QTest::addColumn<QString>("problem"); // part of the message; empty: valid
        QTest::newRow("users only") << options({}) << QString();
        QTest::newRow("no URL") << QJsonObject{{"auth", "none"}} << "at least one URL";
        QTest::newRow("ftp") << options({{"departmentsUrl", "ftp://x/d"}}) << "http:// or https://";
        QTest::newRow("credentials in URL")
            << options({{"usersUrl", "https://u:p@x/users"}}) << "must not contain a user name";
        QTest::newRow("bad auth") << options({{"auth", "digest"}})
                                  << "must be one of: none, bearer, basic";
        QTest::newRow("basic without user")
            << options({{"auth", "basic"}}) << "needs a “User name”";
        QTest::newRow("basic ok") << options({{"auth", "basic"}, {"username", "svc"}}) << QString();
        QTest::newRow("bad header") << options({{"headers", "X-A 1"}}) << "should read Name: value";
        QTest::newRow("authorization header")
            << options({{"headers", "Authorization: Bearer x"}}) << "through “Authentication”";
        QTest::newRow("headers ok")
            << options({{"headers", "X-A: 1\nAccept-Language: de"}}) << QString();
        QTest::newRow("bad pagination")
            << options({{"pagination", "cursor"}}) << "must be one of: none, next, link, page";
        QTest::newRow("bad next pointer")
            << options({{"pagination", "next"}, {"nextPointer", "next"}}) << "JSON pointer";
        QTest::newRow("bad format")
            << options({{"format", "xml"}}) << "must be one of: userData, records";
        QTest::newRow("bad records pointer")
            << options({{"recordsPointer", "data"}}) << "JSON pointer";
        QTest::newRow("map without uid")
            << options({{"format", "records"}, {"userFields", "email=/mail"}})
            << "where the uid is";
        QTest::newRow("map bad line") << options({{"userFields", "uid /id"}}) << "target=/pointer";
        QTest::newRow("map bad pointer")
            << options({{"userFields", "uid=id"}}) << "not a JSON pointer";
        QTest::newRow("map json") << options({{"userFields", R"({"uid":"/id","email":"/mail"})"}})
                                  << QString();
        QTest::newRow("map json not strings")
            << options({{"userFields", R"({"uid":5})"}}) << "must be a string";
        QTest::newRow("bad matchKey")
            << options({{"matchKey", "uid"}}) << "must be one of: username, email, phone";
    }
    void optionChecks()
    {
        QFETCH(QJsonObject, values);
        QFETCH(QString, problem);
        const QString found = HttpSourceType().validateOptions(values);
        if (problem.isEmpty())
            QVERIFY2(found.isEmpty(), qPrintable(found));
        else
            QVERIFY2(found.contains(problem), qPrintable(found));
    }

    void secretsAreRequiredAtPullTime()
    {
        SourceContext context;
        context.source.options = options({{"auth", "bearer"}});
        HttpSourceOptions result;
        QString error;
        QVERIFY(!HttpSourceOptions::read(context, &result, &error));
        QVERIFY2(error.contains("needs a token"), qPrintable(error));
        context.secrets.insert("token", "s3cret-token");
        context.secrets.insert("secretHeader", "X-API-Key: k3y-value");
        QVERIFY2(HttpSourceOptions::read(context, &result, &error), qPrintable(error));
        QCOMPARE(result.token, QByteArray("s3cret-token"));
        QCOMPARE(result.headers.constLast(),
                 qMakePair(QByteArray("X-API-Key"), QByteArray("k3y-value")));
        QVERIFY(result.secretValues().contains("k3y-value"));
        context.secrets.insert("secretHeader", "not a header line");
        QVERIFY(!HttpSourceOptions::read(context, &result, &error));
        QVERIFY(!error.contains("not a header line")); // never quote a secret
        context.secrets.remove("secretHeader");
        context.source.options.insert("caFile", "/nonexistent/ca.pem");
        QVERIFY(!HttpSourceOptions::read(context, &result, &error));
        QVERIFY2(error.contains("/nonexistent/ca.pem"), qPrintable(error));
    }

    void displayUrlHidesSecrets()
    {
        const QString shown = HttpFetcher::displayUrl(
            QUrl("https://svc:pw@hr.example.com/api/users?page=2&access_token=abc&apiKey=def&q=x"));
        QVERIFY2(!shown.contains("pw") && !shown.contains("abc") && !shown.contains("def"),
                 qPrintable(shown));
        QVERIFY(shown.contains("page=2") && shown.contains("q=x"));
        QCOMPARE(HttpFetcher::excerpt(QByteArray(500, 'x')).size(),
                 2 + HttpFetcher::ExcerptBytes + 1);
        QVERIFY(HttpFetcher::excerpt("  \n").contains("empty"));
        QCOMPARE(HttpFetcher::excerpt("<html>\n  <body>"), QStringLiteral("“<html> <body>”"));
    }

    void readsUserData()
    {
        const HttpSourceOptions opts = read(options({}));
        // One object, an array of them (departments sorted before users), and a wrapper.
        auto one = HttpPageReader::read(
            R"({"dataType":"user","matchKey":"email","records":[{"uid":"1"}]})", UserData::User,
            opts);
        QVERIFY2(one.ok, qPrintable(one.error));
        QCOMPARE(one.pages.size(), 1);
        QCOMPARE(one.pages.at(0).matchKey, QStringLiteral("email"));
        QCOMPARE(one.records, 1);
        auto both = HttpPageReader::read(
            R"([{"dataType":"user","records":[{"uid":"u"}]},{"dataType":"department","records":[{"uid":"d"}]}])",
            UserData::User, opts);
        QVERIFY(both.ok);
        QCOMPARE(both.pages.size(), 2);
        QCOMPARE(both.pages.at(0).dataType, UserData::Department);
        const HttpSourceOptions wrapped = read(options({{"recordsPointer", "/result"},
                                                        {"pagination", "next"},
                                                        {"nextPointer", "/paging/next"}}));
        auto inside = HttpPageReader::read(
            R"({"result":{"dataType":"department","records":[{"uid":"d1"},{"uid":"d2"}]},"paging":{"next":"?p=2"}})",
            UserData::Department, wrapped);
        QVERIFY2(inside.ok, qPrintable(inside.error));
        QCOMPARE(inside.records, 2);
        QCOMPARE(inside.next, QStringLiteral("?p=2"));
        auto last = HttpPageReader::read(
            R"({"result":{"dataType":"department","records":[]},"paging":{"next":null}})",
            UserData::Department, wrapped);
        QVERIFY(last.ok);
        QCOMPARE(last.records, 0);
        QVERIFY(last.pages.isEmpty()); // nothing to apply
        QVERIFY(last.next.isEmpty());

        // Shapes that are not UserData say what they are.
        auto array = HttpPageReader::read(R"([{"id":1}])", UserData::User, opts);
        QVERIFY(!array.ok);
        QVERIFY2(array.error.contains("“records”"), qPrintable(array.error));
        auto notJson = HttpPageReader::read("<html>", UserData::User, opts);
        QVERIFY(!notJson.ok);
        QVERIFY(notJson.error.contains("not valid JSON"));
        auto badNext = HttpPageReader::read(
            R"({"result":{"dataType":"user","records":[]},"paging":{"next":5}})", UserData::User,
            wrapped);
        QVERIFY(!badNext.ok);
        QVERIFY(badNext.error.contains("not a URL"));
    }

    void readsRecordsWithAFieldMap()
    {
        const HttpSourceOptions opts =
            read(options({{"format", "records"},
                          {"recordsPointer", "/data"},
                          {"matchKey", "email"},
                          {"userFields",
                           "uid=/employee/id\nnickname=/displayName; email=/contact/mail\n"
                           "departments=/deptId\nisDeleted=/left\ncostCentre=/cc\n# a comment"},
                          {"departmentFields", "uid=/code\ntitle=/name\nparentUid=/parent"}}));
        auto users = HttpPageReader::read(
            R"({"data":[{"employee":{"id":1001},"displayName":"Ann","contact":{"mail":"ann@x"},"deptId":"D1","left":false,"cc":"42","junk":"x"},
                        {"employee":{"id":"1002"},"displayName":"Ben"}]})",
            UserData::User, opts);
        QVERIFY2(users.ok, qPrintable(users.error));
        QCOMPARE(users.pages.size(), 1);
        const UserData &page = users.pages.at(0);
        QCOMPARE(page.dataType, UserData::User);
        QCOMPARE(page.matchKey, QStringLiteral("email"));
        QCOMPARE(page.records.at(0),
                 QJsonObject({{"uid", 1001},
                              {"nickname", "Ann"},
                              {"email", "ann@x"},
                              {"departments", QJsonArray{"D1"}},
                              {"isDeleted", false},
                              {"costCentre", "42"}}));
        // Absent source fields stay absent (the engine leaves them alone).
        QCOMPARE(page.records.at(1), QJsonObject({{"uid", "1002"}, {"nickname", "Ben"}}));

        auto departments = HttpPageReader::read(
            R"({"data":[{"code":"D1","name":"Sales","parent":null}]})", UserData::Department, opts);
        QVERIFY(departments.ok);
        QCOMPARE(departments.pages.at(0).records.at(0),
                 QJsonObject({{"uid", "D1"}, {"title", "Sales"}, {"parentUid", QJsonValue()}}));

        auto object = HttpPageReader::read(R"({"data":{"id":1}})", UserData::User, opts);
        QVERIFY(!object.ok);
        QVERIFY2(object.error.contains("not an array of records"), qPrintable(object.error));
        auto missing = HttpPageReader::read(R"({"items":[]})", UserData::User, opts);
        QVERIFY(!missing.ok);
        QVERIFY2(missing.error.contains("names nothing") && missing.error.contains("items"),
                 qPrintable(missing.error));
        auto scalar = HttpPageReader::read(R"({"data":[1]})", UserData::User, opts);
        QVERIFY(!scalar.ok);
        QVERIFY(scalar.error.contains("record 1 must be an object"));
        const HttpSourceOptions plain = read(options({{"format", "records"}}));
        auto plainObject = HttpPageReader::read(R"({"users":[]})", UserData::User, plain);
        QVERIFY(!plainObject.ok);
        QVERIFY2(plainObject.error.contains("Records pointer"), qPrintable(plainObject.error));
    }
};

QTEST_GUILESS_MAIN(TestHttpUnits)
#include "tst_http_units.moc"
