// ApiKeyListModel: create (the token once), list, revoke.
#include "engineharness.h"
#include "models/apikeylistmodel.h"
#include "store/apikeyrepository.h"
#include "testenv.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

class TestModelApiKeys : public QObject
{
    Q_OBJECT

private slots:
    void createListRevoke_data() { USERSYNC_ENGINE_ROWS(); }
    void createListRevoke()
    {
        USERSYNC_ENGINE(h);
        ApiKeyListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(h.database().config());
        QSignalSpy loaded(&model, &ApiKeyListModel::loaded);
        model.reload();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 0);

        std::optional<Result<QString>> token;
        model.create(QStringLiteral("hr-system"), [&](Result<QString> result) { token = result; });
        QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), 10000);
        QVERIFY(token->ok());
        QVERIFY((*token)->startsWith(QStringLiteral("usk_")));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 10000);
        QCOMPARE(model.index(0, ApiKeyListModel::Name).data().toString(),
                 QStringLiteral("hr-system"));
        QVERIFY((*token)->startsWith(model.key(0).tokenPrefix));
        QCOMPARE(model.index(0, ApiKeyListModel::State).data().toString(),
                 QStringLiteral("Active"));

        std::optional<Result<QString>> duplicate;
        model.create(QStringLiteral("hr-system"),
                     [&](Result<QString> result) { duplicate = result; });
        QTRY_VERIFY_WITH_TIMEOUT(duplicate.has_value(), 10000);
        QVERIFY(!duplicate->ok());

        std::optional<StoreError> revoked;
        model.revoke(QStringLiteral("hr-system"), [&](StoreError error) { revoked = error; });
        QTRY_VERIFY_WITH_TIMEOUT(revoked.has_value(), 10000);
        QVERIFY(!revoked->isError());
        QTRY_VERIFY_WITH_TIMEOUT(model.key(0).isRevoked(), 10000);
        QVERIFY(model.index(0, ApiKeyListModel::State)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Revoked")));
    }
};

QTEST_GUILESS_MAIN(TestModelApiKeys)
#include "tst_model_apikeys.moc"
