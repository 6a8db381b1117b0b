#include "clicommand.h"

#include <QCoreApplication>

QString CliCommand::summary() const
{
    return QCoreApplication::translate("CliCommands", summaryText);
}
