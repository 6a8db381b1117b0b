#include "cli/cliapplication.h"
#include "common/appinfo.h"
#include "common/translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppInfo::apply(app);
    Translations::install(app, qEnvironmentVariable("USERSYNC_LANG"));
    return CliApplication::run(app.arguments().mid(1));
}
