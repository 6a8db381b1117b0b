#include "common/appinfo.h"
#include "common/datadir.h"
#include "common/translations.h"
#include "logs/systemlog.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/startupscript.h"
#include "models/backgroundjob.h"
#include "secrets/keychainsecretstore.h"
#include "settings/databasesettingspage.h"
#include "store/databaseconfig.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    AppInfo::apply(app);
    QApplication::setApplicationDisplayName(AppInfo::name());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/usersync.png")));
    QApplication::setDesktopFileName(AppInfo::applicationId());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("UserSync"));
    parser.addHelpOption();
    parser.addVersionOption();
    const auto option = [](const char *name, const char *help, const char *value = nullptr) {
        return value ? QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help),
                                          QString::fromLatin1(value))
                     : QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help));
    };
    const QCommandLineOption dataDirOption =
        option("data-dir", "Folder for the database and logs.", "DIR");
    const QCommandLineOption databaseOption =
        option("database", "SQLite file or postgresql://user@host:port/db.", "URL");
    const QCommandLineOption languageOption =
        option("lang", "Interface language (en, zh_CN, tr).", "CODE");
    const QCommandLineOption quitAfterOption =
        option("quit-after", "Quit after MS milliseconds (for scripts).", "MS");
    const QCommandLineOption pageOption =
        option("page", "Page to show: sources, users, departments or logs.", "PAGE");
    const QCommandLineOption tasksOption = option("tasks", "Show the tasks of a source.", "SOURCE");
    const QCommandLineOption taskOption = option("task", "Open the details of a task.", "BATCH");
    const QCommandLineOption outcomeOption =
        option("outcome", "With --task: show only one outcome (created, failed, ...).", "ACTION");
    const QCommandLineOption configureOption =
        option("configure", "Open the Configure dialog of a source.", "SOURCE");
    const QCommandLineOption settingsOption =
        option("settings", "Open the settings at a tab: database, api or general.", "TAB");
    const QCommandLineOption logKindOption = option("log", "Log to show: system or raw.", "KIND");
    const QCommandLineOption logBatchOption =
        option("log-batch", "Show the log lines of one batch.", "BATCH");
    const QCommandLineOption searchOption = option("search", "Search the users.", "TEXT");
    const QCommandLineOption screenshotOption = option(
        "screenshot", "Save a PNG of the window (or the dialog asked for) and quit.", "FILE");
    const QCommandLineOption settleOption =
        option("settle", "Milliseconds to wait before the screenshot (default 2500).", "MS");
    parser.addOptions({dataDirOption, databaseOption, languageOption, quitAfterOption, pageOption,
                       tasksOption, taskOption, outcomeOption, configureOption, settingsOption,
                       logKindOption, logBatchOption, searchOption, screenshotOption,
                       settleOption});
    parser.process(app);

    QSettings settings;
    const QString language = parser.isSet(languageOption)
        ? parser.value(languageOption)
        : settings.value(QStringLiteral("ui/language")).toString();
    Translations::install(app, language);

    const DataDir dataDir = DataDir::resolve(parser.value(dataDirOption));
    QString problem;
    // --database, else the one chosen in Settings, else the SQLite file of the data folder.
    const QString configured = parser.isSet(databaseOption)
        ? parser.value(databaseOption)
        : settings.value(DatabaseSettingsPage::settingsKey()).toString();
    DatabaseConfig database = configured.isEmpty() ? DatabaseConfig::sqlite(dataDir.databaseFile())
                                                   : DatabaseConfig::fromUrl(configured, &problem);
    if (!database.isValid()) {
        std::fprintf(stderr, "usersync: %s\n", qPrintable(problem));
        return 2;
    }
    if (dataDir.ensureExists(&problem))
        SystemLog::install(dataDir.systemLogDir(), false);

    int status = 0;
    {
        KeychainSecretStore secrets(AppInfo::keychainService());
        MainWindow window(dataDir, database, &secrets);
        StartupRequest request;
        request.page = parser.value(pageOption);
        request.tasksOf = parser.value(tasksOption);
        request.taskBatch = parser.value(taskOption);
        request.outcome = parser.value(outcomeOption);
        request.configure = parser.value(configureOption);
        request.settingsTab = parser.value(settingsOption);
        request.logKind = parser.value(logKindOption);
        request.logBatch = parser.value(logBatchOption);
        request.userSearch = parser.value(searchOption);
        request.screenshot = parser.value(screenshotOption);
        if (parser.isSet(settleOption))
            request.settleMs = parser.value(settleOption).toInt();
        if (!request.isEmpty())
            new StartupScript(&window, request);
        window.show();
        if (parser.isSet(quitAfterOption))
            QTimer::singleShot(parser.value(quitAfterOption).toInt(), &app, &QApplication::quit);
        status = app.exec();
    }
    BackgroundJob::waitForIdle();
    if (SystemLog::isInstalled())
        SystemLog::uninstall();
    return status;
}
