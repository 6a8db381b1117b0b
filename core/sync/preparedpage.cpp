#include "preparedpage.h"

#include "recordredactor.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>

PreparedPage PreparedPage::from(const UserData &page)
{
    PreparedPage prepared;
    prepared.dataType = page.dataType;
    prepared.matchKey = page.matchKey;
    prepared.sourceName = page.sourceName;
    prepared.received = page.records.size();
    prepared.records.reserve(page.records.size());
    prepared.m_arrived.reserve(page.records.size());
    QHash<QString, int> position;
    position.reserve(page.records.size());
    for (const QJsonObject &source : page.records) {
        BatchRecord record;
        record.raw = QJsonDocument(source).toJson(QJsonDocument::Compact);
        if (RecordRedactor::mayHoldSecret(record.raw)) {
            record.data = RecordRedactor::redact(source);
            record.raw = QJsonDocument(record.data).toJson(QJsonDocument::Compact);
        } else {
            record.data = source;
        }
        record.uid = record.data.value(QStringLiteral("uid")).toString();
        record.hash =
            QCryptographicHash::hash(record.raw, QCryptographicHash::Sha1).toHex().left(16);
        prepared.m_arrived << record.raw;
        const auto seen = position.constFind(record.uid);
        if (seen != position.constEnd()) {
            prepared.superseded << qMakePair(record.uid, prepared.records.at(*seen).raw);
            prepared.records[*seen] = record;
        } else {
            position.insert(record.uid, int(prepared.records.size()));
            prepared.records << record;
        }
    }
    return prepared;
}

QByteArray PreparedPage::logJson() const
{
    UserData header;
    header.dataType = dataType;
    header.matchKey = matchKey;
    header.sourceName = sourceName;
    QJsonObject object = header.toJson();
    object.remove(QStringLiteral("records"));
    const QByteArray rest =
        QJsonDocument(object).toJson(QJsonDocument::Compact); // {"dataType":...}
    qsizetype size = rest.size() + 16;
    for (const QByteArray &raw : m_arrived)
        size += raw.size() + 1;
    QByteArray json;
    json.reserve(size);
    json += "{\"records\":[";
    for (qsizetype i = 0; i < m_arrived.size(); ++i) {
        if (i > 0)
            json += ',';
        json += m_arrived.at(i);
    }
    json += "],";
    json += QByteArrayView(rest).sliced(1);
    return json;
}
