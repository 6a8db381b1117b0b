#include "logfiles.h"

#include <QDir>
#include <QFileInfo>

QString LogFiles::fileName(const QDate &date)
{
    return date.toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral(".log");
}

QString LogFiles::filePath(const QString &directory, const QDate &date)
{
    return QDir(directory).filePath(fileName(date));
}

QDate LogFiles::dateOf(const QString &fileNameOrPath)
{
    const qsizetype slash = fileNameOrPath.lastIndexOf(QLatin1Char('/'));
    const QStringView name = QStringView(fileNameOrPath).mid(slash + 1);
    // Checked by hand: QDate::fromString() would also accept "2020-1-5".
    if (name.size() != 14 || !name.endsWith(QLatin1String(".log")) || name.at(4) != u'-'
        || name.at(7) != u'-')
        return {};
    for (const qsizetype i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (name.at(i) < u'0' || name.at(i) > u'9')
            return {};
    }
    return QDate(name.mid(0, 4).toInt(), name.mid(5, 2).toInt(), name.mid(8, 2).toInt());
}

QStringList LogFiles::datedFiles(const QString &directory)
{
    QStringList files;
    const QFileInfoList entries =
        QDir(directory).entryInfoList({QStringLiteral("*.log")}, QDir::Files, QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (dateOf(entry.fileName()).isValid())
            files.append(entry.absoluteFilePath());
    }
    // Zero-padded names sort by date.
    return files;
}
