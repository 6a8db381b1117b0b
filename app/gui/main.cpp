#include "common/appinfo.h"
#include "common/datadir.h"
#include "common/translations.h"
#include "mainwindow/mainwindow.h"
#include "secrets/keychainsecretstore.h"
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
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                           QStringLiteral("Folder for the database and logs."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QStringLiteral("SQLite file or postgresql://user@host:port/db."), QStringLiteral("URL"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            QStringLiteral("Interface language (en, zh_CN, tr)."),
                                            QStringLiteral("CODE"));
    const QCommandLineOption quitAfterOption(
        QStringLiteral("quit-after"), QStringLiteral("Quit after MS milliseconds (for scripts)."),
        QStringLiteral("MS"));
    parser.addOptions({dataDirOption, databaseOption, languageOption, quitAfterOption});
    parser.process(app);

    QSettings settings;
    const QString language = parser.isSet(languageOption)
        ? parser.value(languageOption)
        : settings.value(QStringLiteral("ui/language")).toString();
    Translations::install(app, language);

    const DataDir dataDir = DataDir::resolve(parser.value(dataDirOption));
    QString problem;
    DatabaseConfig database = parser.isSet(databaseOption)
        ? DatabaseConfig::fromUrl(parser.value(databaseOption), &problem)
        : DatabaseConfig::sqlite(dataDir.databaseFile());
    if (!database.isValid()) {
        std::fprintf(stderr, "usersync: %s\n", qPrintable(problem));
        return 2;
    }

    KeychainSecretStore secrets(AppInfo::keychainService());
    MainWindow window(dataDir, database, &secrets);
    window.show();
    if (parser.isSet(quitAfterOption))
        QTimer::singleShot(parser.value(quitAfterOption).toInt(), &app, &QApplication::quit);
    return app.exec();
}
