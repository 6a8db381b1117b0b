#include "logmodel.h"

#include "backgroundjob.h"
#include "displaytext.h"
#include "logs/logentry.h"
#include "modelroles.h"

#include <QDir>

#include <algorithm>

LogModel::LogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_filter.kind = LogEntry::System;
    m_poll.setInterval(1000);
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &LogModel::step);
}

void LogModel::setDirectories(const QString &systemDir, const QString &rawDir)
{
    m_systemDir = systemDir;
    m_rawDir = rawDir;
}

QString LogModel::directory() const
{
    return m_filter.kind == LogEntry::Raw ? m_rawDir : m_systemDir;
}

void LogModel::setFilter(const LogFilter &filter, const QDate &day)
{
    ++m_generation;
    m_poll.stop();
    beginResetModel();
    m_filter = filter;
    if (m_filter.kind.isEmpty())
        m_filter.kind = LogEntry::System;
    m_day = day;
    m_rows.clear();
    m_cursor = {};
    m_matched = 0;
    m_bytesDone = 0;
    m_bytesTotal = 0;
    m_stepping = false;
    endResetModel();
    const bool hadSources = !m_sources.isEmpty();
    m_sources.clear();
    if (hadSources)
        emit sourcesChanged();
    m_loading = true;
    emit loadingChanged();
    emit progressChanged();
    step();
}

void LogModel::setFollowing(bool following)
{
    m_following = following;
    if (following && !m_loading && !m_stepping)
        step();
    else if (!following)
        m_poll.stop();
}

void LogModel::step()
{
    if (m_stepping || directory().isEmpty())
        return;
    m_stepping = true;
    const quint64 generation = m_generation;
    const QString directory = this->directory();
    const QDate day = m_day;
    const LogScanner::Cursor cursor = m_cursor;
    const LogFilter filter = m_filter;
    const QString kind = m_filter.kind;
    BackgroundJob::run<LogScanner::Step>(
        this, [=]() { return LogScanner::read(directory, day, cursor, StepBytes, filter, kind); },
        [this, generation](LogScanner::Step result) {
            if (generation != m_generation)
                return;
            m_stepping = false;
            apply(result);
        });
}

void LogModel::apply(const LogScanner::Step &result)
{
    m_cursor = result.cursor;
    m_bytesDone = result.bytesDone;
    m_bytesTotal = result.bytesTotal;
    m_files = result.files;
    m_matched += result.lines.size();
    QList<LogScanner::Line> lines = result.lines;
    if (lines.size() > MaxRows)
        lines = lines.mid(lines.size() - MaxRows);
    const qsizetype overflow = m_rows.size() + lines.size() - MaxRows;
    if (overflow > 0) {
        beginRemoveRows({}, 0, int(overflow) - 1);
        m_rows.remove(0, overflow);
        endRemoveRows();
    }
    if (!lines.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(lines.size()) - 1);
        m_rows << lines;
        endInsertRows();
        bool newSource = false;
        for (const LogScanner::Line &line : std::as_const(lines)) {
            if (!line.source.isEmpty() && !m_sources.contains(line.source)) {
                m_sources.insert(line.source);
                newSource = true;
            }
        }
        if (newSource)
            emit sourcesChanged();
    }
    emit progressChanged();
    if (result.more) {
        step();
        return;
    }
    if (m_loading) {
        m_loading = false;
        emit loadingChanged();
        emit loaded();
    }
    // A past day does not grow; today and "every day" do.
    const bool canGrow = !m_day.isValid() || m_day >= QDate::currentDate();
    if (m_following && canGrow)
        m_poll.start();
}

QStringList LogModel::sourcesSeen() const
{
    QStringList sources(m_sources.cbegin(), m_sources.cend());
    std::sort(sources.begin(), sources.end());
    return sources;
}

void LogModel::requestLine(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const LogScanner::Line line = m_rows.at(row);
    BackgroundJob::run<QString>(
        this, [line]() { return LogScanner::readPretty(line.file, line.offset, line.length); },
        [this, line](QString text) { emit lineReady(line.file, line.offset, text); });
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogScanner::Line &line = m_rows.at(index.row());
    if (role == ModelRoles::Level)
        return line.level;
    if (role == ModelRoles::Sort && index.column() == Time)
        return line.time;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Time:
        if (role == Qt::ToolTipRole)
            return line.time.toString(Qt::ISODateWithMs);
        return line.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Level:
        return line.level;
    case Source:
        return line.source;
    case Batch:
        return line.batch;
    case Origin:
        return line.origin;
    case Message:
        if (role == Qt::ToolTipRole)
            return QStringLiteral("<p>%1</p>").arg(line.message.left(2000).toHtmlEscaped());
        return line.message.simplified();
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool raw = m_filter.kind == LogEntry::Raw;
    switch (section) {
    case Time:
        return tr("Time");
    case Level:
        return tr("Level");
    case Source:
        return tr("Source");
    case Batch:
        return tr("Batch");
    case Origin:
        return raw ? tr("Source type") : tr("Category");
    case Message:
        return raw ? tr("Records") : tr("Message");
    default:
        return {};
    }
}
