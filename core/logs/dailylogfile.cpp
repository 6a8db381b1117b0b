#include "dailylogfile.h"

#include "logfiles.h"

#include <QCoreApplication>
#include <QDir>

DailyLogFile::DailyLogFile(const QString &directory)
    : m_directory(directory)
{ }

void DailyLogFile::setDirectory(const QString &directory)
{
    close();
    m_directory = directory;
}

bool DailyLogFile::append(const QDate &date, const QByteArray &line, QString *error)
{
    if (!m_file.isOpen() || date != m_date) {
        close();
        const QString path = LogFiles::filePath(m_directory, date);
        m_file.setFileName(path);
        // Append: O_APPEND makes each write land at the end even when another process (the CLI
        // beside the GUI) writes the same file. Unbuffered: one line is one write(), never
        // split across two, so lines from different writers cannot interleave.
        // Owner-only permissions: the raw log holds personal data as pulled.
        if (m_directory.isEmpty() || !QDir().mkpath(m_directory)) {
            //: A clause inside "The system log cannot be written (…)." and similar.
            if (error)
                *error =
                    QCoreApplication::translate("DailyLogFile", "cannot create the log folder “%1”")
                        .arg(QDir::toNativeSeparators(m_directory));
            close();
            return false;
        }
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered,
                         QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            if (error)
                *error =
                    QCoreApplication::translate("DailyLogFile", "cannot open the log file “%1”: %2")
                        .arg(QDir::toNativeSeparators(path), m_file.errorString());
            close();
            return false;
        }
        m_date = date;
    }
    if (m_file.write(line) != line.size()) {
        if (error)
            *error =
                QCoreApplication::translate("DailyLogFile", "cannot write to the log file “%1”: %2")
                    .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
        close();
        return false;
    }
    return true;
}

void DailyLogFile::close()
{
    if (m_file.isOpen())
        m_file.close();
    m_date = QDate();
}
