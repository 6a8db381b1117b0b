#include "httpsourceoptions.h"

#include "jsonpointer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("HttpSourceOptions", text);
}

QString text(const QJsonObject &options, const QString &key, const QString &fallback = {})
{
    const QJsonValue value = options.value(key);
    return value.isString() && !value.toString().trimmed().isEmpty() ? value.toString().trimmed()
                                                                     : fallback;
}

qint64 integer(const QJsonObject &options, const QString &key, qint64 fallback)
{
    const QJsonValue value = options.value(key);
    if (value.isDouble())
        return value.toInteger(fallback);
    bool ok = false;
    const qint64 number = value.toString().toLongLong(&ok);
    return ok ? number : fallback;
}

qint64 bounded(qint64 value, qint64 minimum, qint64 maximum)
{
    return qBound(minimum, value, maximum);
}

bool flag(const QJsonObject &options, const QString &key, bool fallback)
{
    const QJsonValue value = options.value(key);
    return value.isBool() ? value.toBool() : fallback;
}

bool url(const QJsonObject &options, const QString &key, const QString &label, QUrl *out,
         QString *error)
{
    const QString value = text(options, key);
    if (value.isEmpty())
        return true;
    const QUrl parsed(value, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty()
        || (parsed.scheme() != QLatin1String("http")
            && parsed.scheme() != QLatin1String("https"))) {
        *error = tr("“%1” must be an http:// or https:// URL, got “%2”.").arg(label, value);
        return false;
    }
    if (!parsed.userInfo().isEmpty()) {
        *error = tr("“%1” must not contain a user name or password; use the authentication "
                    "options, which keep the password in the keyring.")
                     .arg(label);
        return false;
    }
    *out = parsed;
    return true;
}

// The whole check on options alone; `out` may be null.
bool parse(const QJsonObject &options, HttpSourceOptions *out, QString *error)
{
    HttpSourceOptions result;
    if (!url(options, HttpSourceOptions::Key::DepartmentsUrl, tr("Departments URL"),
             &result.departmentsUrl, error)
        || !url(options, HttpSourceOptions::Key::UsersUrl, tr("Users URL"), &result.usersUrl,
                error))
        return false;
    if (result.departmentsUrl.isEmpty() && result.usersUrl.isEmpty()) {
        *error = tr("Give at least one URL: “Departments URL” or “Users URL”.");
        return false;
    }

    const QString auth = text(options, HttpSourceOptions::Key::Auth, QStringLiteral("none"));
    if (auth == QLatin1String("bearer"))
        result.auth = HttpSourceOptions::Auth::Bearer;
    else if (auth == QLatin1String("basic"))
        result.auth = HttpSourceOptions::Auth::Basic;
    else if (auth != QLatin1String("none")) {
        *error = tr("“Authentication” must be none, bearer or basic, got “%1”.").arg(auth);
        return false;
    }
    result.username = text(options, HttpSourceOptions::Key::Username);
    if (result.auth == HttpSourceOptions::Auth::Basic && result.username.isEmpty()) {
        *error = tr("Basic authentication needs a “User name”.");
        return false;
    }
    if (result.username.contains(QLatin1Char(':'))) {
        *error = tr("The “User name” of basic authentication cannot contain “:”.");
        return false;
    }
    if (!HttpSourceOptions::parseHeaders(options.value(HttpSourceOptions::Key::Headers).toString(),
                                         &result.headers, error))
        return false;

    result.timeoutMs =
        int(bounded(integer(options, HttpSourceOptions::Key::TimeoutSeconds, 30), 1, 600)) * 1000;
    result.retries = int(bounded(integer(options, HttpSourceOptions::Key::Retries, 5), 0, 10));
    result.verifyTls = flag(options, HttpSourceOptions::Key::VerifyTls, true);
    result.caFile = text(options, HttpSourceOptions::Key::CaFile);

    const QString pagination =
        text(options, HttpSourceOptions::Key::Pagination, QStringLiteral("none"));
    if (pagination == QLatin1String("next"))
        result.pagination = HttpSourceOptions::Pagination::NextUrl;
    else if (pagination == QLatin1String("link"))
        result.pagination = HttpSourceOptions::Pagination::LinkHeader;
    else if (pagination == QLatin1String("page"))
        result.pagination = HttpSourceOptions::Pagination::PageNumber;
    else if (pagination != QLatin1String("none")) {
        *error = tr("“Pagination” must be none, next, link or page, got “%1”.").arg(pagination);
        return false;
    }
    result.nextPointer = text(options, HttpSourceOptions::Key::NextPointer, result.nextPointer);
    if (!JsonPointer::isValid(result.nextPointer) || result.nextPointer.isEmpty()) {
        *error = tr("“Next page pointer” must be a JSON pointer such as /next or /links/next, got "
                    "“%1”.")
                     .arg(result.nextPointer);
        return false;
    }
    result.pageParam = text(options, HttpSourceOptions::Key::PageParam, result.pageParam);
    result.pageSizeParam = options.contains(HttpSourceOptions::Key::PageSizeParam)
        ? options.value(HttpSourceOptions::Key::PageSizeParam).toString().trimmed()
        : result.pageSizeParam;
    result.pageSize =
        int(bounded(integer(options, HttpSourceOptions::Key::PageSize, 100), 1, 100000));
    result.firstPage = int(bounded(integer(options, HttpSourceOptions::Key::FirstPage, 1), 0, 1));

    const QString format =
        text(options, HttpSourceOptions::Key::Format, QStringLiteral("userData"));
    if (format == QLatin1String("records"))
        result.format = HttpSourceOptions::Format::Records;
    else if (format != QLatin1String("userData")) {
        *error = tr("“Response shape” must be userData or records, got “%1”.").arg(format);
        return false;
    }
    result.recordsPointer = text(options, HttpSourceOptions::Key::RecordsPointer);
    if (!JsonPointer::isValid(result.recordsPointer)) {
        *error = tr("“Records pointer” must be empty or a JSON pointer such as /data, got “%1”.")
                     .arg(result.recordsPointer);
        return false;
    }
    if (!HttpSourceOptions::parseFieldMap(
            options.value(HttpSourceOptions::Key::DepartmentFields).toString(),
            &result.departmentFields, error)
        || !HttpSourceOptions::parseFieldMap(
            options.value(HttpSourceOptions::Key::UserFields).toString(), &result.userFields,
            error))
        return false;
    result.matchKey = text(options, HttpSourceOptions::Key::MatchKey);
    if (!result.matchKey.isEmpty()
        && !QStringList{QStringLiteral("username"), QStringLiteral("email"),
                        QStringLiteral("phone")}
                .contains(result.matchKey)) {
        *error = tr("“Match existing users by” must be username, email or phone, got “%1”.")
                     .arg(result.matchKey);
        return false;
    }
    if (out)
        *out = result;
    return true;
}
} // namespace

QString HttpSourceOptions::check(const QJsonObject &options)
{
    QString error;
    parse(options, nullptr, &error);
    return error;
}

bool HttpSourceOptions::read(const SourceContext &context, HttpSourceOptions *out, QString *error,
                             bool needSecrets)
{
    HttpSourceOptions result;
    if (!parse(context.source.options, &result, error))
        return false;
    result.token = context.secrets.value(Key::Token).trimmed();
    result.password = context.secrets.value(Key::Password);
    if (needSecrets && result.auth == Auth::Bearer && result.token.isEmpty()) {
        *error = tr("Bearer authentication needs a token: enter it in Configure (it is kept in the "
                    "keyring).");
        return false;
    }
    if (needSecrets && result.auth == Auth::Basic && result.password.isEmpty()) {
        *error = tr("Basic authentication needs a password: enter it in Configure (it is kept in "
                    "the keyring).");
        return false;
    }
    const QByteArray secretHeader = context.secrets.value(Key::SecretHeader).trimmed();
    if (!secretHeader.isEmpty()) {
        Headers extra;
        if (!parseHeaders(QString::fromUtf8(secretHeader), &extra, error) || extra.size() != 1) {
            // Never quote the value: it is a secret.
            *error = tr("The “Secret header” must be one line “Name: value”, such as "
                        "“X-API-Key: …”.");
            return false;
        }
        result.secretHeaderValue = extra.constFirst().second;
        result.headers << extra;
    }
    if (!result.caFile.isEmpty()) {
        QFile file(result.caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the CA certificates file “%1”: %2.")
                         .arg(result.caFile, file.errorString());
            return false;
        }
        const QByteArray pem = file.readAll();
        result.caCertificates = QSslCertificate::fromData(pem, QSsl::Pem);
        if (result.caCertificates.isEmpty())
            result.caCertificates = QSslCertificate::fromData(pem, QSsl::Der);
        if (result.caCertificates.isEmpty()) {
            *error = tr("The CA certificates file “%1” holds no certificate (PEM or DER expected).")
                         .arg(result.caFile);
            return false;
        }
    }
    *out = result;
    return true;
}

bool HttpSourceOptions::parseFieldMap(const QString &text, FieldMap *out, QString *error)
{
    out->clear();
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return true;
    QList<QPair<QString, QString>> pairs;
    if (trimmed.startsWith(QLatin1Char('{'))) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(trimmed.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            *error =
                tr("A field map written as JSON must be an object such as {\"uid\": \"/id\"}.");
            return false;
        }
        const QJsonObject object = document.object();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!it.value().isString()) {
                *error = tr("Field map: the pointer for “%1” must be a string.").arg(it.key());
                return false;
            }
            pairs << qMakePair(it.key(), it.value().toString());
        }
    } else {
        static const QRegularExpression separators(QStringLiteral("[\\n;]"));
        for (const QString &line : trimmed.split(separators)) {
            const QString entry = line.trimmed();
            if (entry.isEmpty() || entry.startsWith(QLatin1Char('#')))
                continue;
            const qsizetype equals = entry.indexOf(QLatin1Char('='));
            if (equals <= 0) {
                *error =
                    tr("Field map: “%1” should read target=/pointer, e.g. uid=/id.").arg(entry);
                return false;
            }
            pairs << qMakePair(entry.left(equals).trimmed(), entry.mid(equals + 1).trimmed());
        }
    }
    bool hasUid = false;
    for (const auto &pair : std::as_const(pairs)) {
        if (pair.first.isEmpty() || !JsonPointer::isValid(pair.second)) {
            *error = tr("Field map: “%1” is not a JSON pointer (it starts with /, e.g. /id).")
                         .arg(pair.second);
            return false;
        }
        hasUid = hasUid || pair.first == QLatin1String("uid");
    }
    if (!pairs.isEmpty() && !hasUid) {
        *error = tr("A field map must say where the uid is, e.g. uid=/id.");
        return false;
    }
    *out = pairs;
    return true;
}

bool HttpSourceOptions::parseHeaders(const QString &text, Headers *out, QString *error)
{
    out->clear();
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString entry = line.trimmed();
        if (entry.isEmpty())
            continue;
        const qsizetype colon = entry.indexOf(QLatin1Char(':'));
        const QString name = colon > 0 ? entry.left(colon).trimmed() : QString();
        if (!token.match(name).hasMatch()) {
            *error = tr("Extra headers: “%1” should read Name: value.").arg(entry.left(40));
            return false;
        }
        if (name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0) {
            *error = tr("Extra headers: set Authorization through “Authentication” (or as the "
                        "“Secret header”), so that it stays in the keyring.");
            return false;
        }
        out->append(qMakePair(name.toLatin1(), entry.mid(colon + 1).trimmed().toUtf8()));
    }
    return true;
}

QList<QByteArray> HttpSourceOptions::secretValues() const
{
    QList<QByteArray> values;
    if (!token.isEmpty())
        values << token;
    if (!secretHeaderValue.isEmpty())
        values << secretHeaderValue;
    if (!password.isEmpty()) {
        values << password;
        values << (username.toUtf8() + ':' + password).toBase64();
    }
    return values;
}
