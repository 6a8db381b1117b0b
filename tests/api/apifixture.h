#pragma once

#include "api/apiserver.h"
#include "apitestclient.h"
#include "engineharness.h"

#include <memory>

// The real engine on a throwaway store (SQLite or PostgreSQL), the real ApiServer on
// 127.0.0.1 (a free port) and an API key, with a client that sends it.
class ApiFixture
{
public:
    explicit ApiFixture(const QString &engine,
                        qint64 maxBodyBytes = ApiServerSettings::DefaultMaxBodyBytes);
    ~ApiFixture();

    bool isValid() const { return m_valid; }
    QString error() const { return m_error; }
    EngineHarness &harness() { return *m_harness; }
    ApiServer &server() { return *m_server; }
    ApiTestClient &client() { return m_client; }
    QByteArray token() const { return m_token; }
    QUrl base() const;

    // Another key; revoked at once when `revoked`.
    QByteArray createKey(const QString &name, bool revoked = false);
    // Waits until the server has no request in hand.
    bool waitIdle(int timeoutMs = 60000);

private:
    bool m_valid = false;
    QString m_error;
    std::unique_ptr<EngineHarness> m_harness;
    std::unique_ptr<ApiServer> m_server;
    ApiTestClient m_client;
    QByteArray m_token;
};

#define USERSYNC_API_FIXTURE(var, ...)                                                             \
    QFETCH(QString, engine);                                                                       \
    if (engine == QLatin1String("postgresql"))                                                     \
        USERSYNC_REQUIRE(TestDatabase::postgresAvailable(),                                        \
                         TestDatabase::postgresMissingReason());                                   \
    ApiFixture var(engine __VA_OPT__(, ) __VA_ARGS__);                                             \
    QVERIFY2(var.isValid(), qPrintable(var.error()))
