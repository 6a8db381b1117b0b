#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// Loads UserSync's own translation and Qt's, for the GUI and the CLI alike.
class Translations
{
public:
    // Language codes shipped with this build; "en" is the source language.
    static QStringList available();
    // Native name of a language for the settings menu ("简体中文").
    static QString nativeName(const QString &code);
    // "" or "system" picks the system locale. Returns the code that was installed.
    static QString install(QCoreApplication &app, const QString &language);
};
