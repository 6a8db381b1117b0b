#include "linkheader.h"

namespace {
// Splits "<a>; rel=next, <b>; rel=\"prev last\"" into link-values, minding <...> and "...".
QList<QByteArray> linkValues(const QByteArray &header)
{
    QList<QByteArray> values;
    QByteArray current;
    bool inUri = false;
    bool inQuotes = false;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const char c = header.at(i);
        if (inQuotes) {
            current += c;
            if (c == '\\' && i + 1 < header.size())
                current += header.at(++i);
            else if (c == '"')
                inQuotes = false;
            continue;
        }
        if (c == '<')
            inUri = true;
        else if (c == '>')
            inUri = false;
        else if (c == '"' && !inUri)
            inQuotes = true;
        if (c == ',' && !inUri) {
            values << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        values << current.trimmed();
    return values;
}

bool isNext(const QByteArray &parameters)
{
    for (const QByteArray &parameter : parameters.split(';')) {
        const qsizetype equals = parameter.indexOf('=');
        if (equals < 0 || parameter.left(equals).trimmed().toLower() != "rel")
            continue;
        QByteArray value = parameter.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        // rel may hold several relation types: rel="next last".
        for (const QByteArray &relation : value.simplified().split(' ')) {
            if (relation.toLower() == "next")
                return true;
        }
    }
    return false;
}
} // namespace

namespace LinkHeader {

QUrl next(const QList<QByteArray> &headerValues, const QUrl &base)
{
    for (const QByteArray &header : headerValues) {
        for (const QByteArray &link : linkValues(header)) {
            const qsizetype open = link.indexOf('<');
            const qsizetype close = link.indexOf('>', open + 1);
            if (open != 0 || close < 0)
                continue;
            if (!isNext(link.mid(close + 1)))
                continue;
            const QUrl target = QUrl::fromEncoded(link.mid(open + 1, close - open - 1).trimmed());
            if (target.isValid())
                return base.resolved(target);
        }
    }
    return {};
}

} // namespace LinkHeader
