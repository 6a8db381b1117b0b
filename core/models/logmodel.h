#pragma once

#include "logs/logfilter.h"
#include "logscanner.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSet>
#include <QTimer>

// The log viewer's rows: the system log or the raw-record log, filtered, read in the background
// in steps of a few megabytes (rows appear while a big day is still being read), and followed
// live afterwards. Keeps the newest MaxRows matching lines; the full line of a row is read again
// on request.
class LogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Level, Source, Batch, Origin, Message, ColumnCount };
    static constexpr int MaxRows = 100000;
    static constexpr qint64 StepBytes = 4 * 1024 * 1024;

    explicit LogModel(QObject *parent = nullptr);

    void setDirectories(const QString &systemDir, const QString &rawDir);
    // filter.kind picks the folder (LogEntry::System or LogEntry::Raw); day: one day or all.
    void setFilter(const LogFilter &filter, const QDate &day = {});
    const LogFilter &filter() const { return m_filter; }
    QDate day() const { return m_day; }
    QString directory() const;
    // Keep reading lines as they are appended.
    void setFollowing(bool following);
    bool isFollowing() const { return m_following; }
    void setPollInterval(int ms) { m_poll.setInterval(ms); }

    bool isLoading() const { return m_loading; }
    // Bytes read of the files in scope, for a progress bar.
    qint64 bytesDone() const { return m_bytesDone; }
    qint64 bytesTotal() const { return m_bytesTotal; }
    // Matching lines seen, including those dropped beyond MaxRows.
    qint64 matchedCount() const { return m_matched; }
    QStringList sourcesSeen() const;
    QStringList daysAvailable() const { return m_files; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const LogScanner::Line &line(int row) const { return m_rows.at(row); }
    // Reads the full line of a row in the background; answered by lineReady.
    void requestLine(int row);

signals:
    void loadingChanged();
    void progressChanged();
    void sourcesChanged();
    // The first complete pass over the files in scope is done.
    void loaded();
    void lineReady(const QString &file, qint64 offset, const QString &text);

private:
    void step();
    void apply(const LogScanner::Step &result);

    QString m_systemDir;
    QString m_rawDir;
    LogFilter m_filter;
    QDate m_day;
    bool m_following = true;
    QList<LogScanner::Line> m_rows;
    QSet<QString> m_sources;
    QStringList m_files;
    LogScanner::Cursor m_cursor;
    qint64 m_bytesDone = 0;
    qint64 m_bytesTotal = 0;
    qint64 m_matched = 0;
    bool m_loading = false; // the first pass
    bool m_stepping = false; // a job is out
    quint64 m_generation = 0;
    QTimer m_poll;
};
