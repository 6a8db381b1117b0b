#pragma once

#include <QDate>
#include <QFile>
#include <QString>

class QByteArray;

// The append side of one log folder: keeps the file of the current day open and switches to a
// new one when the date of a line changes, which is all the daily rotation there is.
// Not thread-safe; SystemLog and RawRecordLog hold their own mutex around it.
class DailyLogFile
{
public:
    explicit DailyLogFile(const QString &directory = {});

    QString directory() const { return m_directory; }
    void setDirectory(const QString &directory);

    // Appends one complete line (ending in '\n') to the file of `date`, creating the folder and
    // the file as needed. On failure returns false and says why in *error (a clause to
    // embed in a sentence, no full stop); the next call tries
    // again, so a folder that becomes writable is picked up.
    bool append(const QDate &date, const QByteArray &line, QString *error);
    void close();

private:
    QString m_directory;
    QDate m_date;
    QFile m_file;
};
