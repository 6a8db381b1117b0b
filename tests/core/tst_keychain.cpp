// The real system keyring through QtKeychain. scripts/test.sh runs this inside a D-Bus session
// with an unlocked gnome-keyring (USERSYNC_TEST_KEYRING=1); CTest also runs `unreachable` with
// no D-Bus session at all, where every operation must fail with a clear message.
#include "common/appinfo.h"
#include "secrets/keychainsecretstore.h"
#include "store/storeopener.h"
#include "testdatabase.h"
#include "testenv.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QUuid>
#include <QtTest>

class TestKeychain : public QObject
{
    Q_OBJECT

private:
    SecretResult wait(const std::function<void(SecretStore::Callback)> &start)
    {
        SecretResult result;
        bool answered = false;
        start([&](const SecretResult &r) {
            result = r;
            answered = true;
            // Delivered on the caller's thread, not on the keychain thread.
            QCOMPARE(QThread::currentThread(), thread());
        });
        // The store's own timeout is 15 s; this bound only guards the test.
        if (!QTest::qWaitFor([&]() { return answered; }, 30000))
            result = {SecretResult::Status::Failed, QStringLiteral("no answer from the store"), {}};
        return result;
    }

private slots:
    void roundTrip()
    {
        USERSYNC_REQUIRE(
            qEnvironmentVariable("USERSYNC_TEST_KEYRING") == QLatin1String("1"),
            QStringLiteral("needs an unlocked keyring in a D-Bus session (scripts/test.sh)"));
        KeychainSecretStore store(AppInfo::keychainService() + QStringLiteral(".test"));
        const QString key =
            QStringLiteral("test/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray marker = "marker-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);

        SecretResult written = wait([&](auto done) { store.write(key, marker, this, done); });
        QVERIFY2(written.ok(), qPrintable(written.message));
        SecretResult read = wait([&](auto done) { store.read(key, this, done); });
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.value, marker);
        SecretResult removed = wait([&](auto done) { store.remove(key, this, done); });
        QVERIFY2(removed.ok(), qPrintable(removed.message));
        SecretResult gone = wait([&](auto done) { store.read(key, this, done); });
        QCOMPARE(gone.status, SecretResult::Status::NotFound);
    }

    // The PostgreSQL password comes from the keyring, not from the URL or the command line.
    void postgresPasswordFromKeychain()
    {
        USERSYNC_REQUIRE(
            qEnvironmentVariable("USERSYNC_TEST_KEYRING") == QLatin1String("1"),
            QStringLiteral("needs an unlocked keyring in a D-Bus session (scripts/test.sh)"));
        USERSYNC_REQUIRE(TestDatabase::postgresAvailable(), TestDatabase::postgresMissingReason());
        USERSYNC_REQUIRE(!TestDatabase::serverConfig().password().isEmpty(),
                         QStringLiteral("the test server must require a password"));
        TestDatabase db(QStringLiteral("postgresql"));
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        DatabaseConfig withoutPassword = db.config();
        withoutPassword.setPassword(QString());
        KeychainSecretStore store(AppInfo::keychainService() + QStringLiteral(".test"));

        StoreOpener opener(&store);
        QSignalSpy opened(&opener, &StoreOpener::opened);
        QSignalSpy failed(&opener, &StoreOpener::failed);
        // First with nothing stored: the server refuses.
        wait([&](auto done) { store.remove(withoutPassword.secretKey(), this, done); });
        opener.open(withoutPassword);
        QVERIFY(QTest::qWaitFor([&]() { return opened.count() + failed.count() > 0; }, 30000));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.constFirst().constFirst().value<StoreError>().message().contains(
            QLatin1String("password")));

        SecretResult written = wait([&](auto done) {
            store.write(withoutPassword.secretKey(), db.config().password().toUtf8(), this, done);
        });
        QVERIFY2(written.ok(), qPrintable(written.message));
        opener.open(withoutPassword);
        QVERIFY(QTest::qWaitFor([&]() { return opened.count() + failed.count() > 1; }, 30000));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.constFirst().constFirst().value<DatabaseConfig>().password(),
                 db.config().password());
        wait([&](auto done) { store.remove(withoutPassword.secretKey(), this, done); });
    }

    void unreachable()
    {
        USERSYNC_REQUIRE(qEnvironmentVariable("USERSYNC_KEYCHAIN_EXPECT")
                             == QLatin1String("unreachable"),
                         QStringLiteral("runs as tst_keychain_unreachable, with no D-Bus session"));
        KeychainSecretStore store(AppInfo::keychainService() + QStringLiteral(".test"), nullptr,
                                  5000);
        const QByteArray marker = "marker-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        SecretResult written = wait([&](auto done) {
            store.write(QStringLiteral("test/unreachable"), marker, this, done);
        });
        QVERIFY(!written.ok());
        QVERIFY2(written.status == SecretResult::Status::Unavailable
                     || written.status == SecretResult::Status::Timeout,
                 qPrintable(written.message));
        QVERIFY2(written.message.contains(QLatin1String("keyring")), qPrintable(written.message));
        QVERIFY(written.message.contains(QLatin1String("nothing was saved in plain text")));
        SecretResult read =
            wait([&](auto done) { store.read(QStringLiteral("test/unreachable"), this, done); });
        QVERIFY(!read.ok());
        QVERIFY(read.status != SecretResult::Status::NotFound);

        // No plain-text fallback file anywhere in the config or data folders.
        for (const auto location :
             {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation}) {
            QDirIterator files(QStandardPaths::writableLocation(location), QDir::Files,
                               QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                if (file.size() < 1024 * 1024 && file.open(QIODevice::ReadOnly))
                    QVERIFY2(!file.readAll().contains(marker), qPrintable(file.fileName()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
