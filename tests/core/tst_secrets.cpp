// The SecretStore contract, on the in-memory store: answers come later, on the caller's thread,
// and never to a context that is gone.
#include "secrets/memorysecretstore.h"

#include <QSignalSpy>
#include <QtTest>

class TestSecrets : public QObject
{
    Q_OBJECT

private slots:
    void answersAsynchronously()
    {
        MemorySecretStore store;
        bool answered = false;
        SecretResult written;
        store.write(QStringLiteral("k"), "v1", this, [&](const SecretResult &result) {
            answered = true;
            written = result;
        });
        QVERIFY(!answered); // never inside the call
        QVERIFY(QTest::qWaitFor([&]() { return answered; }, 5000));
        QVERIFY(written.ok());

        SecretResult read;
        answered = false;
        store.read(QStringLiteral("k"), this, [&](const SecretResult &result) {
            answered = true;
            read = result;
            QCOMPARE(QThread::currentThread(), thread());
        });
        QVERIFY(QTest::qWaitFor([&]() { return answered; }, 5000));
        QCOMPARE(read.value, QByteArray("v1"));

        answered = false;
        store.remove(QStringLiteral("k"), this, [&](const SecretResult &) { answered = true; });
        QVERIFY(QTest::qWaitFor([&]() { return answered; }, 5000));
        answered = false;
        store.read(QStringLiteral("k"), this, [&](const SecretResult &result) {
            answered = true;
            read = result;
        });
        QVERIFY(QTest::qWaitFor([&]() { return answered; }, 5000));
        QCOMPARE(read.status, SecretResult::Status::NotFound);
        QVERIFY(read.message.contains(QStringLiteral("“k”")));
    }

    void goneContextIsNotCalled()
    {
        MemorySecretStore store;
        bool called = false;
        auto *context = new QObject;
        store.read(QStringLiteral("x"), context, [&](const SecretResult &) { called = true; });
        delete context;
        // A later answer to a live context proves the first one had its chance to arrive.
        bool later = false;
        store.read(QStringLiteral("x"), this, [&](const SecretResult &) { later = true; });
        QVERIFY(QTest::qWaitFor([&]() { return later; }, 5000));
        QVERIFY(!called);
    }

    void unavailableSaysSo()
    {
        MemorySecretStore store;
        store.setUnavailable(true);
        SecretResult result;
        bool answered = false;
        store.write(QStringLiteral("k"), "v", this, [&](const SecretResult &r) {
            result = r;
            answered = true;
        });
        QVERIFY(QTest::qWaitFor([&]() { return answered; }, 5000));
        QCOMPARE(result.status, SecretResult::Status::Unavailable);
        QVERIFY(store.entries().isEmpty());
    }

    void keysAreNamespaced()
    {
        QCOMPARE(SecretStore::sourceSecretKey(QStringLiteral("hr"), QStringLiteral("token")),
                 QStringLiteral("source/hr/token"));
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
