// The Users and Departments pages: search as you type narrows the rows; the tree shows the
// synced departments and a department's members.
#include "departments/departmentspage.h"
#include "models/departmentmembermodel.h"
#include "models/departmenttreemodel.h"
#include "models/userlistmodel.h"
#include "sources/sourcespage.h"
#include "store/sourcerepository.h"
#include "sync/taskrunner.h"
#include "testenv.h"
#include "uitest.h"
#include "users/userspage.h"
#include "widgets/searchfield.h"

#include <QLabel>
#include <QTextBrowser>
#include <QTreeView>
#include <QtTest>

class TestUiUsers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("UserSyncTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_users"));
    }

    void searchNarrowsRows_data() { USERSYNC_ENGINE_ROWS(); }
    void searchNarrowsRows()
    {
        USERSYNC_WINDOW(w);
        MainWindow &window = *w.window;
        {
            Connection db(window.context()->database);
            SyncSource source;
            source.name = QStringLiteral("hr");
            source.sourceType = QStringLiteral("sample");
            source.enabled = true;
            source.options = {{QStringLiteral("users"), 1500}, {QStringLiteral("departments"), 25}};
            QVERIFY(SourceRepository(db).insert(source));
        }
        window.sourceModel()->reload();
        QTRY_COMPARE_WITH_TIMEOUT(window.sourceModel()->rowCount(), 1, 10000);
        QSignalSpy finished(window.runner(), &TaskRunner::finished);
        window.sourcesPage()->sync(QStringLiteral("hr"));
        QVERIFY(finished.wait(60000));

        window.showPage(MainWindow::Page::Users);
        UsersPage *users = window.usersPage();
        UserListModel *model = users->model();
        // The page reloads on its own after the sync.
        QTRY_COMPARE_WITH_TIMEOUT(model->totalCount(), 1500, 10000);
        QCOMPARE(users->findChild<QLabel *>(QStringLiteral("userCount"))->text(),
                 QStringLiteral("Users: 1,500"));

        // Ctrl+F goes to the search field; typing narrows the rows.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), users->searchField());
        const QString username = model->entry(0)->user.username;
        QTest::keyClicks(users->searchField(), username);
        QTRY_VERIFY_WITH_TIMEOUT(
            model->search() == username && !model->isCounting() && model->rowCount() < 1500, 10000);
        QVERIFY(model->rowCount() >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(0), 10000);
        QVERIFY(model->entry(0)->user.username.contains(username));
        // The details of the selected user: departments and source links.
        users->view()->setCurrentIndex(model->index(0, 0));
        auto *details = users->findChild<QTextBrowser *>(QStringLiteral("userDetails"));
        QVERIFY(details->toPlainText().contains(username));
        QVERIFY(details->toPlainText().contains(QStringLiteral("hr")));
        QTest::keyClick(users->searchField(), Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1500, 10000);

        // Departments: the tree and the members of the selected one.
        window.showPage(MainWindow::Page::Departments);
        DepartmentsPage *departments = window.departmentsPage();
        QTRY_VERIFY_WITH_TIMEOUT(departments->treeModel()->departmentCount() >= 25, 10000);
        QTreeView *tree = departments->treeView();
        QTRY_VERIFY_WITH_TIMEOUT(tree->currentIndex().isValid(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(departments->memberModel()->departmentId() != 0, 5000);
        auto *title = departments->findChild<QLabel *>(QStringLiteral("membersTitle"));
        QTRY_VERIFY_WITH_TIMEOUT(title->text().startsWith(QStringLiteral("Members of")), 5000);
    }
};

QTEST_MAIN(TestUiUsers)
#include "tst_ui_users.moc"
