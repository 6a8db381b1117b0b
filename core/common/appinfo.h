#pragma once

#include <QString>

class QCoreApplication;

// Names and version of the application, shared by the GUI, the CLI and the packaging.
class AppInfo
{
public:
    static QString name(); // "UserSync"
    static QString version(); // "0.1.0"
    static QString applicationId(); // reverse-DNS id used by .desktop, AppStream and keychain
    static QString keychainService();

    // Sets application/organisation name and version on the running application object.
    static void apply(QCoreApplication &app);
};
