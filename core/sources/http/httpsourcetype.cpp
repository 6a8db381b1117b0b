#include "httpsourcetype.h"

#include "httpconnectiontest.h"
#include "httppuller.h"
#include "httpsourceoptions.h"

#include <QCoreApplication>
#include <QTimer>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("HttpSourceType", text);
}

OptionField field(const QString &key, const QString &label, OptionField::Kind kind,
                  const QString &help, const QVariant &defaultValue = {})
{
    OptionField result;
    result.key = key;
    result.label = label;
    result.kind = kind;
    result.help = help;
    result.defaultValue = defaultValue;
    return result;
}

OptionField choice(const QString &key, const QString &label, const QString &help,
                   const QStringList &choices, const QStringList &labels,
                   const QVariant &defaultValue)
{
    OptionField result = field(key, label, OptionField::Kind::Choice, help, defaultValue);
    result.choices = choices;
    result.choiceLabels = labels;
    return result;
}

OptionField integer(const QString &key, const QString &label, const QString &help, qint64 value,
                    qint64 minimum, qint64 maximum)
{
    OptionField result = field(key, label, OptionField::Kind::Integer, help, value);
    result.minimum = minimum;
    result.maximum = maximum;
    return result;
}
} // namespace

QString HttpSourceType::title() const
{
    return tr("HTTP/REST API (pull)");
}

QString HttpSourceType::description() const
{
    return tr("Fetches departments and users from an HR system's HTTP API, page by page, as "
              "NocoBase UserData or as plain JSON records mapped field by field.");
}

QList<OptionField> HttpSourceType::optionSchema() const
{
    using Key = HttpSourceOptions::Key;
    using Kind = OptionField::Kind;
    OptionField departments = field(Key::DepartmentsUrl, tr("Departments URL"), Kind::Url,
                                    tr("Where the departments are, e.g. "
                                       "https://hr.example.com/api/departments. Fetched first."));
    departments.placeholder = QStringLiteral("https://hr.example.com/api/departments");
    OptionField users = field(Key::UsersUrl, tr("Users URL"), Kind::Url,
                              tr("Where the users are, e.g. https://hr.example.com/api/users. "
                                 "At least one of the two URLs is needed."));
    users.placeholder = QStringLiteral("https://hr.example.com/api/users");
    return {
        departments,
        users,
        choice(Key::Auth, tr("Authentication"),
               tr("How UserSync proves who it is to the HR system."),
               {QStringLiteral("none"), QStringLiteral("bearer"), QStringLiteral("basic")},
               {tr("None"), tr("Bearer token"), tr("User name and password (basic)")},
               QStringLiteral("none")),
        field(Key::Username, tr("User name"), Kind::Text, tr("For basic authentication.")),
        field(Key::Token, tr("Token"), Kind::Secret,
              tr("For bearer authentication; sent as “Authorization: Bearer …”. Kept in the "
                 "system keyring.")),
        field(Key::Password, tr("Password"), Kind::Secret,
              tr("For basic authentication. Kept in the system keyring.")),
        field(Key::Headers, tr("Extra headers"), Kind::MultilineText,
              tr("One “Name: value” per line, sent with every request (not for secrets).")),
        field(Key::SecretHeader, tr("Secret header"), Kind::Secret,
              tr("One “Name: value” line kept in the keyring, for APIs that want a key in a "
                 "header of their own, e.g. “X-API-Key: …”.")),
        integer(Key::TimeoutSeconds, tr("Timeout (seconds)"),
                tr("How long a request may go without any data before it fails."), 30, 1, 600),
        integer(Key::Retries, tr("Retries"),
                tr("How often to ask again after “429 Too Many Requests” or “503 Service "
                   "Unavailable”, waiting as the server's Retry-After says (at most 60 s)."),
                5, 0, 10),
        field(Key::VerifyTls, tr("Verify TLS certificates"), Kind::Boolean,
              tr("Check that an https:// server is who it claims to be. Turn off only for tests."),
              true),
        field(Key::CaFile, tr("CA certificates file"), Kind::FilePath,
              tr("PEM file with the certificate of a private certificate authority that signed "
                 "the server's certificate (trusted in addition to the system's).")),
        choice(Key::Pagination, tr("Pagination"), tr("How the API hands out a long list."),
               {QStringLiteral("none"), QStringLiteral("next"), QStringLiteral("link"),
                QStringLiteral("page")},
               {tr("None: one request per URL"), tr("Next-page URL in the body"),
                tr("Link: <…>; rel=\"next\" header"), tr("page and pageSize parameters")},
               QStringLiteral("none")),
        field(Key::NextPointer, tr("Next page pointer"), Kind::Text,
              tr("JSON pointer to the next page's URL in the body, e.g. /next or /links/next; "
                 "no URL there ends the list."),
              QStringLiteral("/next")),
        field(Key::PageParam, tr("Page parameter"), Kind::Text,
              tr("Query parameter that carries the page number; an empty page ends the list."),
              QStringLiteral("page")),
        field(Key::PageSizeParam, tr("Page size parameter"), Kind::Text,
              tr("Query parameter that carries the page size (empty: none is sent)."),
              QStringLiteral("pageSize")),
        integer(Key::PageSize, tr("Page size"), tr("Records asked for per page."), 100, 1, 100000),
        integer(Key::FirstPage, tr("First page"), tr("The number of the first page: 1 or 0."), 1, 0,
                1),
        choice(Key::Format, tr("Response shape"),
               tr("NocoBase UserData objects ({\"dataType\", \"records\"}, one or an array), or "
                  "plain arrays of records mapped with the field maps."),
               {QStringLiteral("userData"), QStringLiteral("records")},
               {tr("NocoBase UserData"), tr("Plain records with a field map")},
               QStringLiteral("userData")),
        field(Key::RecordsPointer, tr("Records pointer"), Kind::Text,
              tr("JSON pointer to the records array (or to the UserData) in the body, e.g. /data; "
                 "empty when the body is the array itself.")),
        field(Key::DepartmentFields, tr("Department field map"), Kind::MultilineText,
              tr("One target=/pointer per line: uid=/id, title=/name, parentUid=/parentId, "
                 "sort=/order. Empty: records are taken as they are.")),
        field(Key::UserFields, tr("User field map"), Kind::MultilineText,
              tr("One target=/pointer per line: uid=/employeeId, nickname=/displayName, "
                 "username=/login, email=/mail, phone=/mobile, departments=/departmentIds, "
                 "isDeleted=/left. Other targets become custom fields.")),
        choice(Key::MatchKey, tr("Match existing users by"),
               tr("The first time a user is seen, adopt an existing user with the same value."),
               {QStringLiteral("username"), QStringLiteral("email"), QStringLiteral("phone")},
               {tr("User name"), tr("E-mail"), tr("Phone")}, QVariant()),
    };
}

Puller *HttpSourceType::createPuller(const SourceContext &context, QObject *parent) const
{
    return new HttpPuller(context, parent);
}

QString HttpSourceType::validateOptions(const QJsonObject &options) const
{
    const QString schemaProblem = SourceType::validateOptions(options);
    if (!schemaProblem.isEmpty())
        return schemaProblem;
    return HttpSourceOptions::check(options);
}

void HttpSourceType::testConnection(const SourceContext &context, QObject *receiver,
                                    const TestCallback &done) const
{
    HttpSourceOptions options;
    QString problem;
    if (!HttpSourceOptions::read(context, &options, &problem)) {
        QTimer::singleShot(0, receiver, [done, problem]() { done(false, problem); });
        return;
    }
    auto *test = new HttpConnectionTest(options, done, receiver);
    test->start();
}
