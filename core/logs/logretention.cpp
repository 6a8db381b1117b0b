#include "logretention.h"

#include "logcategory.h"
#include "logfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

QDate LogRetention::firstKeptDate(int keepDays, const QDate &today)
{
    return today.addDays(-(qMax(keepDays, 1) - 1));
}

int LogRetention::apply(const QStringList &directories, int keepDays, const QDate &today)
{
    const QDate firstKept = firstKeptDate(keepDays, today);
    int removed = 0;
    for (const QString &directory : directories) {
        for (const QString &path : LogFiles::datedFiles(directory)) {
            if (LogFiles::dateOf(path) >= firstKept)
                continue;
            QFile file(path);
            if (file.remove())
                ++removed;
            else
                qCWarning(lcLogs).noquote()
                    << QCoreApplication::translate("LogRetention",
                                                   "Cannot remove the old log file “%1”: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString());
        }
    }
    return removed;
}
