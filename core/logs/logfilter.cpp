#include "logfilter.h"

#include "logentry.h"

#include <QStringList>

namespace {
constexpr int InfoRank = 1;

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

bool lineContains(const QByteArray &line, const QString &text)
{
    // Lines can be 100 KB of UTF-8. An ASCII needle can only match ASCII bytes, and no non-ASCII
    // Latin-1 character folds to ASCII, so a Latin-1 view of the bytes finds exactly the UTF-8
    // matches without converting the line.
    if (isAscii(text))
        return QLatin1StringView(line.constData(), line.size()).contains(text, Qt::CaseInsensitive);
    return QString::fromUtf8(line).contains(text, Qt::CaseInsensitive);
}
} // namespace

int LogFilter::levelRank(const QString &level)
{
    static const QStringList ranks = levelNames();
    const int rank = int(ranks.indexOf(level.toLower()));
    if (rank >= 0)
        return rank;
    if (level.compare(QLatin1String("warn"), Qt::CaseInsensitive) == 0)
        return 2;
    if (level.compare(QLatin1String("error"), Qt::CaseInsensitive) == 0)
        return 3;
    return -1;
}

QStringList LogFilter::levelNames()
{
    return {QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"),
            QStringLiteral("critical"), QStringLiteral("fatal")};
}

bool LogFilter::acceptsFileDate(const QDate &fileDate) const
{
    return !since.isValid() || !fileDate.isValid() || fileDate >= since;
}

bool LogFilter::matches(const LogEntry &entry) const
{
    if (!kind.isEmpty() && entry.kind != kind)
        return false;
    if (!source.isEmpty() && entry.source != source)
        return false;
    if (!batch.isEmpty() && entry.batch != batch)
        return false;
    if (since.isValid() && (!entry.time.isValid() || entry.time.toLocalTime().date() < since))
        return false;
    if (!minimumLevel.isEmpty()) {
        const int minimum = levelRank(minimumLevel);
        int rank = levelRank(entry.level);
        // An unknown level in a line is shown as if it were info rather than hidden.
        if (rank < 0)
            rank = InfoRank;
        if (minimum >= 0 && rank < minimum)
            return false;
    }
    if (!text.isEmpty()) {
        return entry.message.contains(text, Qt::CaseInsensitive)
            || entry.source.contains(text, Qt::CaseInsensitive)
            || entry.batch.contains(text, Qt::CaseInsensitive) || lineContains(entry.line, text);
    }
    return true;
}
