#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("tr")};
}

QString Translations::nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (code == QLatin1String("zh_CN"))
        name = QStringLiteral("简体中文");
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name.isEmpty() ? code : name;
}

QString Translations::install(QCoreApplication &app, const QString &language)
{
    QString code = language;
    if (code.isEmpty() || code == QLatin1String("system")) {
        code = QStringLiteral("en");
        for (const QString &candidate : QLocale::system().uiLanguages()) {
            const QString normalized = QLocale(candidate).name();
            if (available().contains(normalized)) {
                code = normalized;
                break;
            }
            const QString base = normalized.section(QLatin1Char('_'), 0, 0);
            if (available().contains(base)) {
                code = base;
                break;
            }
        }
    }
    if (code == QLatin1String("en") || !available().contains(code))
        return QStringLiteral("en");

    // Owned by the application object, so they live as long as it does.
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/usersync_%1").arg(code)))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return code;
}
