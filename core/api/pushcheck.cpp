#include "pushcheck.h"

#include "sources/api/apisourcetype.h"
#include "sync/userdataparser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PushCheck", text);
}

bool looksLikeJson(const QByteArray &body)
{
    for (const char c : body) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[';
    }
    return true; // an empty body is an empty JSON object to NocoBase's parser
}
} // namespace

PushCheck PushCheck::run(const QByteArray &body, const QByteArray &contentType,
                         const QStringList &supportedTypes)
{
    PushCheck check;
    const QByteArray type = contentType.toLower();
    // NocoBase's body parser also takes form-encoded bodies (records[0][uid]=...). Here a body
    // is JSON whatever its Content-Type says; one that is not JSON and claims to be a form is
    // told what to send instead.
    if ((type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/"))
        && !looksLikeJson(body)) {
        check.verdict = Verdict::WrongMediaType;
        check.message = tr("Send the push as a JSON body with Content-Type: application/json; "
                           "form-encoded bodies are not accepted.");
        return check;
    }
    QJsonObject object;
    if (!body.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError) {
            check.verdict = Verdict::NotJson;
            check.message = tr("The request body is not valid JSON: %1 at byte %2.")
                                .arg(error.errorString())
                                .arg(error.offset);
            return check;
        }
        if (document.isArray()) {
            check.message = tr("The request body must be one JSON object {\"dataType\": ..., "
                               "\"records\": [...]}, not an array; send one push per dataType.");
            return check;
        }
        if (!document.isObject()) {
            check.verdict = Verdict::NotJson;
            check.message = tr("The request body must be a JSON object.");
            return check;
        }
        object = document.object();
    }
    const UserDataParser::Parsed parsed = UserDataParser::fromJson(object, supportedTypes);
    if (!parsed.ok) {
        check.message = parsed.message;
        return check;
    }
    check.verdict = Verdict::Ok;
    check.sourceName =
        parsed.data.sourceName.isEmpty() ? ApiSourceType::Key : parsed.data.sourceName;
    return check;
}
