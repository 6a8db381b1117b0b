#pragma once

#include <QDate>
#include <QStringList>

// Deletes daily log files past their keep period. Only files named exactly YYYY-MM-DD.log with a
// real date are candidates; anything else in the folders is never touched.
class LogRetention
{
public:
    static constexpr int DefaultKeepDays = 14; // NocoBase's default

    // Keeps today and the keepDays - 1 days before it (keepDays < 1 counts as 1) and removes the
    // older files. Returns how many files were removed.
    static int apply(const QStringList &directories, int keepDays,
                     const QDate &today = QDate::currentDate());

    // The oldest date that is kept.
    static QDate firstKeptDate(int keepDays, const QDate &today);
};
