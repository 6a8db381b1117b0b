#include "jsonfilepuller.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace {
constexpr int pageSize = 1000;

void addPages(QList<UserData> &pages, const QString &dataType, const QString &matchKey,
              const QJsonArray &records)
{
    for (qsizetype start = 0; start < records.size(); start += pageSize) {
        UserData page;
        page.dataType = dataType;
        page.matchKey = matchKey;
        for (qsizetype i = start; i < qMin(records.size(), start + pageSize); ++i)
            page.records << records.at(i).toObject();
        pages << page;
    }
}
} // namespace

JsonFilePuller::JsonFilePuller(const QString &path, QObject *parent)
    : Puller(parent)
    , m_path(path)
{ }

void JsonFilePuller::fetchNext()
{
    QTimer::singleShot(0, this, &JsonFilePuller::produce);
}

bool JsonFilePuller::load(QString *error)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("JsonFilePuller", text);
    };
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read “%1”: %2").arg(m_path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("“%1” is not valid JSON: %2 at byte %3")
                     .arg(m_path, parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    QList<UserData> users;
    const auto addObject = [&](const QJsonObject &object) {
        if (object.contains(QStringLiteral("dataType"))) {
            const QString type = object.value(QStringLiteral("dataType")).toString();
            addPages(type == UserData::Department ? m_pages : users, type,
                     object.value(QStringLiteral("matchKey")).toString(),
                     object.value(QStringLiteral("records")).toArray());
        } else {
            addPages(m_pages, UserData::Department, {},
                     object.value(QStringLiteral("departments")).toArray());
            addPages(users, UserData::User, object.value(QStringLiteral("matchKey")).toString(),
                     object.value(QStringLiteral("users")).toArray());
        }
    };
    if (document.isArray()) {
        for (const QJsonValue &value : document.array())
            addObject(value.toObject());
    } else {
        addObject(document.object());
    }
    m_pages << users; // departments first
    return true;
}

void JsonFilePuller::produce()
{
    if (!m_loaded) {
        QString error;
        if (!load(&error)) {
            emit failed(error);
            return;
        }
        m_loaded = true;
    }
    if (m_next >= m_pages.size()) {
        emit finished();
        return;
    }
    emit pageReady(m_pages.at(m_next++));
}
