// DepartmentTreeModel and DepartmentMemberModel.
#include "engineharness.h"
#include "models/departmentmembermodel.h"
#include "models/departmenttreemodel.h"
#include "models/modelroles.h"
#include "store/departmentrepository.h"
#include "testenv.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

class TestModelDepartments : public QObject
{
    Q_OBJECT

private slots:
    void treeAndMembers_data() { USERSYNC_ENGINE_ROWS(); }
    void treeAndMembers()
    {
        USERSYNC_ENGINE(h);
        const QJsonArray departments{
            QJsonObject{{QStringLiteral("uid"), QStringLiteral("root")},
                        {QStringLiteral("title"), QStringLiteral("Company")}},
            QJsonObject{{QStringLiteral("uid"), QStringLiteral("sales")},
                        {QStringLiteral("title"), QStringLiteral("Sales")},
                        {QStringLiteral("parentUid"), QStringLiteral("root")}},
            QJsonObject{{QStringLiteral("uid"), QStringLiteral("eu")},
                        {QStringLiteral("title"), QStringLiteral("Europe")},
                        {QStringLiteral("parentUid"), QStringLiteral("sales")}}};
        QVERIFY(!h.push(QJsonObject{{QStringLiteral("dataType"), QStringLiteral("department")},
                                    {QStringLiteral("records"), departments}})
                     .refused);
        QJsonArray users;
        for (int i = 0; i < 1203; ++i) {
            QJsonArray memberOf{QStringLiteral("eu")};
            if (i == 0)
                memberOf = QJsonArray{QJsonObject{{QStringLiteral("uid"), QStringLiteral("eu")},
                                                  {QStringLiteral("isOwner"), true},
                                                  {QStringLiteral("isMain"), true}}};
            users.append(QJsonObject{{QStringLiteral("uid"), QStringLiteral("u%1").arg(i)},
                                     {QStringLiteral("nickname"), QStringLiteral("User %1").arg(i)},
                                     {QStringLiteral("departments"), memberOf}});
        }
        users.append(
            QJsonObject{{QStringLiteral("uid"), QStringLiteral("boss")},
                        {QStringLiteral("nickname"), QStringLiteral("Boss")},
                        {QStringLiteral("departments"), QJsonArray{QStringLiteral("root")}}});
        QVERIFY(!h.push(QJsonObject{{QStringLiteral("dataType"), QStringLiteral("user")},
                                    {QStringLiteral("records"), users}})
                     .refused);

        DepartmentTreeModel tree;
        QAbstractItemModelTester treeTester(&tree,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        tree.setDatabase(h.database().config());
        QSignalSpy loaded(&tree, &DepartmentTreeModel::loaded);
        tree.reload();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(tree.rowCount(), 1);
        const QModelIndex company = tree.index(0, 0);
        QCOMPARE(company.data().toString(), QStringLiteral("Company"));
        QCOMPARE(tree.rowCount(company), 1);
        const QModelIndex sales = tree.index(0, 0, company);
        const QModelIndex europe = tree.index(0, 0, sales);
        QCOMPARE(europe.data().toString(), QStringLiteral("Europe"));
        QCOMPARE(tree.parent(europe), sales);
        QCOMPARE(europe.siblingAtColumn(DepartmentTreeModel::Members)
                     .data(ModelRoles::Sort)
                     .toLongLong(),
                 1203);
        QCOMPARE(company.siblingAtColumn(DepartmentTreeModel::Members)
                     .data(ModelRoles::Sort)
                     .toLongLong(),
                 1);
        QCOMPARE(company.siblingAtColumn(DepartmentTreeModel::AllMembers)
                     .data(ModelRoles::Sort)
                     .toLongLong(),
                 1204);
        QCOMPARE(europe.siblingAtColumn(DepartmentTreeModel::Source).data().toString(),
                 QStringLiteral("api"));
        QCOMPARE(tree.indexOfDepartment(tree.departmentId(europe)), europe);
        tree.reload(); // a reload resets cleanly under the tester
        QVERIFY(loaded.wait(10000));

        DepartmentMemberModel members;
        QAbstractItemModelTester memberTester(
            &members, QAbstractItemModelTester::FailureReportingMode::QtTest);
        members.setDatabase(h.database().config());
        QSignalSpy membersLoaded(&members, &DepartmentMemberModel::loaded);
        members.setDepartment(tree.departmentId(tree.index(0, 0, sales)));
        QVERIFY(membersLoaded.wait(10000));
        QCOMPARE(members.rowCount(), DepartmentMemberModel::PageSize);
        // The owner comes first, with both marks.
        QCOMPARE(members.index(0, DepartmentMemberModel::Name).data().toString(),
                 QStringLiteral("User 0"));
        QCOMPARE(members.index(0, DepartmentMemberModel::Owner).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));
        QCOMPARE(members.index(0, DepartmentMemberModel::Main).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));
        QCOMPARE(members.index(1, DepartmentMemberModel::Owner).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Unchecked));
        while (members.canFetchMore({})) {
            members.fetchMore({});
            QVERIFY(membersLoaded.wait(10000));
        }
        QCOMPARE(members.rowCount(), 1203);
        members.setDepartment(0);
        QCOMPARE(members.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestModelDepartments)
#include "tst_model_departments.moc"
