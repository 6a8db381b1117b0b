#pragma once

#include "sync/sourcecontext.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

// The settings of an http source, read from its options (and secrets) and checked once, so the
// puller and the connection test work from the same values.
struct HttpSourceOptions
{
    enum class Auth { None, Bearer, Basic };
    enum class Pagination { None, NextUrl, LinkHeader, PageNumber };
    enum class Format { UserData, Records };
    using FieldMap = QList<QPair<QString, QString>>; // target field → JSON pointer
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // Option keys, as stored in sync_sources.options (secrets: in the keychain).
    struct Key
    {
        static inline const QString DepartmentsUrl = QStringLiteral("departmentsUrl");
        static inline const QString UsersUrl = QStringLiteral("usersUrl");
        static inline const QString Auth = QStringLiteral("auth");
        static inline const QString Username = QStringLiteral("username");
        static inline const QString Token = QStringLiteral("token"); // secret
        static inline const QString Password = QStringLiteral("password"); // secret
        static inline const QString Headers = QStringLiteral("headers");
        static inline const QString SecretHeader = QStringLiteral("secretHeader"); // secret
        static inline const QString TimeoutSeconds = QStringLiteral("timeoutSeconds");
        static inline const QString Retries = QStringLiteral("retries");
        static inline const QString VerifyTls = QStringLiteral("verifyTls");
        static inline const QString CaFile = QStringLiteral("caFile");
        static inline const QString Pagination = QStringLiteral("pagination");
        static inline const QString NextPointer = QStringLiteral("nextPointer");
        static inline const QString PageParam = QStringLiteral("pageParam");
        static inline const QString PageSizeParam = QStringLiteral("pageSizeParam");
        static inline const QString PageSize = QStringLiteral("pageSize");
        static inline const QString FirstPage = QStringLiteral("firstPage");
        static inline const QString Format = QStringLiteral("format");
        static inline const QString RecordsPointer = QStringLiteral("recordsPointer");
        static inline const QString DepartmentFields = QStringLiteral("departmentFields");
        static inline const QString UserFields = QStringLiteral("userFields");
        static inline const QString MatchKey = QStringLiteral("matchKey");
    };

    QUrl departmentsUrl;
    QUrl usersUrl;
    Auth auth = Auth::None;
    QString username;
    QByteArray token;
    QByteArray password;
    Headers headers; // extra headers, the secret one included
    QByteArray secretHeaderValue;
    int timeoutMs = 30000;
    int retries = 5;
    bool verifyTls = true;
    QString caFile;
    QList<QSslCertificate> caCertificates;
    Pagination pagination = Pagination::None;
    QString nextPointer = QStringLiteral("/next");
    QString pageParam = QStringLiteral("page");
    QString pageSizeParam = QStringLiteral("pageSize");
    int pageSize = 100;
    int firstPage = 1;
    Format format = Format::UserData;
    QString recordsPointer;
    FieldMap departmentFields;
    FieldMap userFields;
    QString matchKey;

    // Checks the options alone (what validateOptions can see): an empty string when fine.
    static QString check(const QJsonObject &options);
    // Reads options and secrets; false with the reason in *error. `needSecrets` is false for a
    // check that runs without the keychain.
    static bool read(const SourceContext &context, HttpSourceOptions *out, QString *error,
                     bool needSecrets = true);

    // "uid=/id" lines (or ';'-separated, or a JSON object {"uid": "/id"}).
    static bool parseFieldMap(const QString &text, FieldMap *out, QString *error);
    // "Name: value" lines.
    static bool parseHeaders(const QString &text, Headers *out, QString *error);

    // Values that must never appear in a message or log line.
    QList<QByteArray> secretValues() const;
};
