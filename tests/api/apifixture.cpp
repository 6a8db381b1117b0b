#include "apifixture.h"

#include "store/apikeyrepository.h"
#include "sync/taskrunner.h"

#include <QTest>

ApiFixture::ApiFixture(const QString &engine, qint64 maxBodyBytes)
    : m_harness(std::make_unique<EngineHarness>(engine))
{
    if (!m_harness->isValid()) {
        m_error = m_harness->error();
        return;
    }
    m_token = createKey(QStringLiteral("test"));
    if (m_token.isEmpty()) {
        m_error = QStringLiteral("could not create an API key");
        return;
    }
    m_server = std::make_unique<ApiServer>(&m_harness->runner(), m_harness->database().config());
    ApiServerSettings settings;
    settings.enabled = true;
    settings.port = 0;
    settings.maxBodyBytes = maxBodyBytes;
    if (!m_server->start(settings, &m_error))
        return;
    m_client.setBase(base());
    m_client.setToken(m_token);
    m_valid = true;
}

ApiFixture::~ApiFixture()
{
    if (m_server) {
        m_server->stop();
        waitIdle(30000);
    }
    m_server.reset();
    m_harness.reset();
}

QUrl ApiFixture::base() const
{
    return QUrl(m_server->url() + QLatin1Char('/'));
}

QByteArray ApiFixture::createKey(const QString &name, bool revoked)
{
    ApiKeyRepository keys(m_harness->db());
    auto created = keys.create(name);
    if (!created)
        return {};
    if (revoked && keys.revoke(name))
        return {};
    if (m_server)
        m_server->reloadKeys();
    return created->second.toLatin1();
}

bool ApiFixture::waitIdle(int timeoutMs)
{
    return QTest::qWaitFor([this]() { return m_server->pendingRequests() == 0; }, timeoutMs);
}
