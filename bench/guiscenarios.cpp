#include "guiscenarios.h"

#include "benchengine.h"
#include "floorwriter.h"
#include "mainwindow/mainwindow.h"
#include "models/sourcelistmodel.h"
#include "models/userlistmodel.h"
#include "rssprobe.h"
#include "secrets/memorysecretstore.h"
#include "sources/sample/sampleorganisation.h"
#include "sources/sourcespage.h"
#include "stallprobe.h"
#include "store/connection.h"
#include "store/sourcerepository.h"
#include "sync/taskrunner.h"
#include "syncscenarios.h"
#include "users/userspage.h"
#include "widgets/searchfield.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QKeyEvent>
#include <QTemporaryDir>
#include <QTimer>

namespace {
constexpr int TimeoutMs = 600'000;
constexpr qint64 FillChunk = 50'000;
} // namespace

GuiScenarios::GuiScenarios(const BenchOptions &options)
    : m_options(options)
{ }

bool GuiScenarios::handles(const QString &name)
{
    return name == QLatin1String("gui") || name == QLatin1String("users1m");
}

BenchResult GuiScenarios::run(const QString &name)
{
    BenchResult result = name == QLatin1String("gui") ? gui() : users1m();
    result.name = name;
    result.peakRssMB = RssProbe::peakMB();
    return result;
}

bool GuiScenarios::waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

std::unique_ptr<MainWindow> GuiScenarios::openWindow(const DataDir &dataDir,
                                                     const DatabaseConfig &database,
                                                     SecretStore *secrets, QString *error)
{
    MainWindow::Options options;
    options.startApi = false;
    auto window = std::make_unique<MainWindow>(dataDir, database, secrets, options);
    window->resize(1280, 800);
    window->show();
    if (!waitFor([&]() { return window->isStoreReady(); }, TimeoutMs)) {
        *error = QStringLiteral("the window did not open its store");
        return {};
    }
    return window;
}

BenchResult GuiScenarios::gui()
{
    BenchResult result(m_options.users, m_options.departments);
    QTemporaryDir dir;
    const DataDir dataDir(dir.path());
    MemorySecretStore secrets;
    const auto window = openWindow(dataDir, DatabaseConfig::sqlite(dataDir.databaseFile()),
                                   &secrets, &result.error);
    if (!window)
        return result;
    {
        Connection db(window->context()->database);
        SyncSource source;
        source.name = QLatin1String(BenchEngine::SourceName);
        source.sourceType = QStringLiteral("sample");
        source.enabled = true;
        source.options = SyncScenarios(m_options).sampleOptions(m_options.users);
        if (auto inserted = SourceRepository(db).insert(source); !inserted) {
            result.error = inserted.error().message();
            return result;
        }
    }
    window->sourceModel()->reload();
    if (!waitFor([&]() { return window->sourceModel()->rowCount() == 1; }, TimeoutMs)) {
        result.error = QStringLiteral("the source did not appear");
        return result;
    }
    window->sourcesPage()->openTasks(QLatin1String(BenchEngine::SourceName));

    SyncTask finished;
    finished.status = TaskStatus::Failed;
    finished.message = QStringLiteral("it did not finish");
    bool done = false;
    QObject context;
    QObject::connect(window->runner(), &TaskRunner::finished, &context,
                     [&](quint64, const SyncTask &task, const QJsonObject &) {
                         finished = task;
                         done = true;
                     });
    StallProbe probe;
    probe.start();
    QElapsedTimer clock;
    clock.start();
    window->sourcesPage()->sync(QLatin1String(BenchEngine::SourceName));
    waitFor([&]() { return done; }, TimeoutMs);
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    probe.stop();
    result.maxStallMs = probe.longestMs();
    result.takeTask(finished);
    return result;
}

BenchResult GuiScenarios::users1m()
{
    BenchResult result(m_options.bigUsers, m_options.departments);
    QTemporaryDir dir;
    const DataDir dataDir(dir.path());
    if (!dataDir.ensureExists(&result.error))
        return result;
    const DatabaseConfig database = DatabaseConfig::sqlite(dataDir.databaseFile());
    result.error = FloorWriter::createSchema(database.sqlitePath());
    if (!result.error.isEmpty())
        return result;
    SampleOptions sample =
        SampleOptions::fromJson(SyncScenarios(m_options).sampleOptions(m_options.bigUsers));
    sample.sourceName = QLatin1String(BenchEngine::SourceName);
    const SampleOrganisation organisation(sample);
    {
        // In chunks, so the filling does not dominate the scenario's peak memory.
        FloorWriter writer(database.sqlitePath());
        bool ok = writer.begin() && writer.write(FloorWriter::departments(organisation));
        for (qint64 first = 1; ok && first <= organisation.userRecordCount(); first += FillChunk)
            ok = writer.write(FloorWriter::users(
                organisation, first, qMin(FillChunk, organisation.userRecordCount() - first + 1)));
        if (!ok || !writer.commit()) {
            result.error = writer.error();
            return result;
        }
    }
    // A view, not a sync: no records/s and no ratio to the floor.
    result.records = 0;

    MemorySecretStore secrets;
    const auto window = openWindow(dataDir, database, &secrets, &result.error);
    if (!window)
        return result;
    UsersPage *page = window->usersPage();
    UserListModel *model = page->model();
    // A directory this large gets its search index when the page loads; the tiny sizes of the
    // bench's own test get it the same way.
    model->setSearchIndexThreshold(
        qMin<qint64>(UserListModel::DefaultIndexThreshold, m_options.bigUsers));
    StallProbe probe;
    probe.start();
    QElapsedTimer clock;
    clock.start();
    window->showPage(MainWindow::Page::Users);
    if (!waitFor([&]() { return model->totalCount() >= 0 && model->isRowLoaded(0); }, TimeoutMs)) {
        result.error = QStringLiteral("the users page showed no rows");
        return result;
    }
    QCoreApplication::processEvents(); // the rows painted
    result.firstRowsMs = double(clock.nsecsElapsed()) / 1e6;
    result.seconds = result.firstRowsMs / 1000.0;
    // Searches before the index is ready go to the database (slower, but they work); the
    // keystrokes below are typed once it is, as by an administrator who opened the page.
    if (!waitFor([&]() { return model->hasSearchIndex(); }, TimeoutMs)) {
        result.error = QStringLiteral("the users search index was not built");
        return result;
    }
    result.searchIndexMs = double(clock.nsecsElapsed()) / 1e6 - result.firstRowsMs;

    // A search typed key by key: the start of a user's e-mail address from the middle.
    const QString email =
        organisation.userRecord(qMax<qint64>(1, organisation.userRecordCount() / 2))
            .value(QStringLiteral("email"))
            .toString();
    const QString typed = email.left(qMin(6, int(email.indexOf(QLatin1Char('@')))));
    SearchField *field = page->searchField();
    field->setDelay(0);
    field->setFocus();
    double slowest = 0;
    for (int i = 0; i < typed.size(); ++i) {
        const QString text = typed.left(i + 1);
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, typed.mid(i, 1));
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, typed.mid(i, 1));
        clock.restart();
        QApplication::sendEvent(field, &press);
        QApplication::sendEvent(field, &release);
        const bool shown = waitFor(
            [&]() {
                return model->search() == text && !model->isCounting()
                    && (model->totalCount() == 0 || model->isRowLoaded(0));
            },
            TimeoutMs);
        QCoreApplication::processEvents();
        if (!shown) {
            result.error = QStringLiteral("the search “%1” showed no result").arg(text);
            break;
        }
        slowest = qMax(slowest, double(clock.nsecsElapsed()) / 1e6);
    }
    result.keystrokeMs = slowest;
    probe.stop();
    result.maxStallMs = probe.longestMs();
    return result;
}
