// The GUI thread is never blocked: a timer probe measures the longest gap of the event loop
// while a 20,000-user sync runs with the Sources page and its tasks open, and while the users
// page loads and is scrolled through. The bound is generous on purpose: it catches a blocking
// regression (SQL or a wait on the GUI thread), not a performance one; numbers belong in the
// benchmark.
#include "departments/departmentspage.h"
#include "models/departmenttreemodel.h"
#include "models/sourcelistmodel.h"
#include "models/userlistmodel.h"
#include "sources/sourcespage.h"
#include "store/sourcerepository.h"
#include "sync/taskrunner.h"
#include "testenv.h"
#include "uitest.h"
#include "users/userspage.h"

#include <QElapsedTimer>
#include <QScrollBar>
#include <QTimer>
#include <QtTest>

namespace {
// Counts how long the event loop went without running the probe's timer.
class GapProbe : public QObject
{
public:
    GapProbe()
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this]() {
            const qint64 now = m_clock.elapsed();
            m_longest = qMax(m_longest, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    qint64 longest() const { return m_longest; }
    void reset()
    {
        m_last = m_clock.elapsed();
        m_longest = 0;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

constexpr qint64 MaxGapMs = 1000;
} // namespace

class TestUiResponsiveness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("UserSyncTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_responsiveness"));
    }

    void guiThreadStaysResponsive()
    {
        UiTest::Window w(QStringLiteral("sqlite"));
        QVERIFY(w.opened);
        MainWindow &window = *w.window;
        {
            Connection db(window.context()->database);
            SyncSource source;
            source.name = QStringLiteral("big");
            source.sourceType = QStringLiteral("sample");
            source.enabled = true;
            source.options = {{QStringLiteral("users"), 20000},
                              {QStringLiteral("departments"), 200}};
            QVERIFY(SourceRepository(db).insert(source));
        }
        window.sourceModel()->reload();
        QTRY_COMPARE_WITH_TIMEOUT(window.sourceModel()->rowCount(), 1, 10000);
        window.sourcesPage()->openTasks(QStringLiteral("big"));

        GapProbe probe;
        QSignalSpy finished(window.runner(), &TaskRunner::finished);
        window.sourcesPage()->sync(QStringLiteral("big"));
        QVERIFY(finished.wait(300000));
        QCOMPARE(finished.constFirst().at(1).value<SyncTask>().status, TaskStatus::Success);
        const qint64 duringSync = probe.longest();
        qInfo("longest event-loop gap during the 20k sync: %lld ms", duringSync);
        QVERIFY2(duringSync < MaxGapMs, qPrintable(QString::number(duringSync)));

        // The users page loads 20,000 users and is scrolled from top to bottom.
        probe.reset();
        window.showPage(MainWindow::Page::Users);
        UsersPage *users = window.usersPage();
        QTRY_COMPARE_WITH_TIMEOUT(users->model()->totalCount(), 20000, 30000);
        QScrollBar *bar = users->view()->verticalScrollBar();
        for (int step = 0; step <= 20; ++step) {
            bar->setValue(bar->maximum() * step / 20);
            QTest::qWait(20);
        }
        const int lastRow = users->model()->rowCount() - 1;
        QTRY_VERIFY_WITH_TIMEOUT(users->model()->isRowLoaded(lastRow), 30000);
        window.showPage(MainWindow::Page::Departments);
        QTRY_VERIFY_WITH_TIMEOUT(window.departmentsPage()->treeModel()->departmentCount() >= 200,
                                 30000);
        const qint64 duringLoad = probe.longest();
        qInfo("longest event-loop gap while the users loaded and scrolled: %lld ms", duringLoad);
        QVERIFY2(duringLoad < MaxGapMs, qPrintable(QString::number(duringLoad)));
    }
};

QTEST_MAIN(TestUiResponsiveness)
#include "tst_ui_responsiveness.moc"
