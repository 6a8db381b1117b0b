#include "storeerror.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>

namespace {

struct KnownConstraint
{
    const char *name; // index/constraint name (what PostgreSQL reports)
    const char *field; // table.column (what SQLite reports)
    const char *text; // what it means, for an administrator
};

// Every unique index of the schema, so both engines give the same readable message.
constexpr KnownConstraint knownConstraints[] = {
    {"ux_sources_name", "sync_sources.name",
     QT_TRANSLATE_NOOP("StoreError", "a source with this name already exists")},
    {"ux_tasks_batch", "sync_tasks.batch",
     QT_TRANSLATE_NOOP("StoreError", "a task with this batch number already exists")},
    {"ux_tasks_running", "sync_tasks.source_id",
     QT_TRANSLATE_NOOP("StoreError", "a task of this source is already running")},
    {"ux_records_identity", "sync_records.source_name, sync_records.data_type, sync_records.uid",
     QT_TRANSLATE_NOOP("StoreError", "this source already has a record with this uid")},
    {"ux_record_links",
     "sync_record_resources.record_id, sync_record_resources.resource, "
     "sync_record_resources.resource_pk",
     QT_TRANSLATE_NOOP("StoreError", "this record is already linked to that row")},
    {"ux_users_username", "users.username",
     QT_TRANSLATE_NOOP("StoreError", "the username is already used by another user")},
    {"ux_users_email", "users.email",
     QT_TRANSLATE_NOOP("StoreError", "the e-mail address is already used by another user")},
    {"ux_users_phone", "users.phone",
     QT_TRANSLATE_NOOP("StoreError", "the phone number is already used by another user")},
    {"department_users_pkey", "department_users.user_id, department_users.department_id",
     QT_TRANSLATE_NOOP("StoreError", "the user is already a member of this department")},
    {"ux_department_users_main", "department_users.user_id",
     QT_TRANSLATE_NOOP("StoreError", "the user already has a main department")},
    {"ux_api_keys_name", "api_keys.name",
     QT_TRANSLATE_NOOP("StoreError", "an API key with this name already exists")},
    {"ux_api_keys_hash", "api_keys.token_hash",
     QT_TRANSLATE_NOOP("StoreError", "this API key already exists")},
};

const KnownConstraint *findConstraint(const QString &nameOrField)
{
    for (const auto &constraint : knownConstraints) {
        if (nameOrField == QLatin1String(constraint.name)
            || nameOrField == QLatin1String(constraint.field))
            return &constraint;
    }
    // SQLite lists every column of a composite key ("a.x, a.y"): match on the first.
    const QString first = nameOrField.section(QLatin1Char(','), 0, 0).trimmed();
    if (first != nameOrField)
        return findConstraint(first);
    return nullptr;
}

QString withContext(const QString &context, const QString &text)
{
    if (context.isEmpty()) {
        QString sentence = text;
        if (!sentence.isEmpty())
            sentence[0] = sentence[0].toUpper();
        return sentence + QLatin1Char('.');
    }
    return QCoreApplication::translate("StoreError", "%1 failed: %2.").arg(context, text);
}

} // namespace

StoreError::StoreError(Kind kind, const QString &message, const QString &detail)
    : m_kind(kind)
    , m_message(message)
    , m_detail(detail)
{ }

StoreError StoreError::fromSql(const QSqlError &error, const QString &context)
{
    if (!error.isValid())
        return {};
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString detail = error.text();

    // PostgreSQL reports a SQLSTATE, SQLite a (possibly extended) result code plus a message.
    static const QRegularExpression pgConstraint(QStringLiteral("constraint \"([^\"]+)\""));
    static const QRegularExpression sqliteUnique(
        QStringLiteral("UNIQUE constraint failed: ([^\\n]+)"));
    static const QRegularExpression pgKey(QStringLiteral("Key \\(([^)]+)\\)=\\(([^\\n]*)\\)"));

    const bool uniqueViolation = code == QLatin1String("23505")
        || text.contains(QLatin1String("UNIQUE constraint failed")) || code == QLatin1String("2067")
        || code == QLatin1String("1555");
    const bool foreignKey = code == QLatin1String("23503") || code == QLatin1String("787")
        || text.contains(QLatin1String("FOREIGN KEY constraint failed"));
    const bool otherConstraint = code == QLatin1String("23502") || code == QLatin1String("23514")
        || code == QLatin1String("19") || text.contains(QLatin1String("constraint failed"));
    const bool busy = code == QLatin1String("5") || code == QLatin1String("6")
        || code == QLatin1String("55P03") || code == QLatin1String("40P01")
        || text.contains(QLatin1String("database is locked"));
    const bool unreachable = code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01")
        || error.type() == QSqlError::ConnectionError;

    if (uniqueViolation) {
        QString where;
        if (const auto m = pgConstraint.match(text); m.hasMatch())
            where = m.captured(1);
        else if (const auto m2 = sqliteUnique.match(text); m2.hasMatch())
            where = m2.captured(1).trimmed();
        const KnownConstraint *known = findConstraint(where);
        QString meaning = known ? QCoreApplication::translate("StoreError", known->text)
                                : QCoreApplication::translate(
                                    "StoreError", "a value that must be unique is already taken");
        if (const auto key = pgKey.match(text); key.hasMatch() && !known)
            meaning += QStringLiteral(" (%1 = %2)").arg(key.captured(1), key.captured(2));
        StoreError result(Kind::Duplicate, withContext(context, meaning), detail);
        result.setField(known ? QString::fromLatin1(known->field) : where);
        return result;
    }
    if (foreignKey) {
        return StoreError(Kind::MissingReference,
                          withContext(context,
                                      QCoreApplication::translate(
                                          "StoreError", "it refers to a row that does not exist")),
                          detail);
    }
    if (otherConstraint) {
        return StoreError(Kind::Constraint,
                          withContext(context,
                                      QCoreApplication::translate(
                                          "StoreError", "a value is missing or not allowed (%1)")
                                          .arg(text.section(QLatin1Char('\n'), 0, 0).trimmed())),
                          detail);
    }
    if (busy) {
        return StoreError(
            Kind::Busy,
            withContext(context,
                        QCoreApplication::translate(
                            "StoreError",
                            "the database is locked by another program; try again in a moment")),
            detail);
    }
    if (unreachable) {
        return StoreError(Kind::Unavailable,
                          withContext(context,
                                      QCoreApplication::translate(
                                          "StoreError", "the database cannot be reached (%1)")
                                          .arg(text.trimmed())),
                          detail);
    }
    return StoreError(
        Kind::Query,
        withContext(context,
                    QCoreApplication::translate("StoreError", "the database reported: %1")
                        .arg(text.trimmed())),
        detail);
}

QString StoreError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Unavailable:
        return QStringLiteral("unavailable");
    case Kind::Schema:
        return QStringLiteral("schema");
    case Kind::Duplicate:
        return QStringLiteral("duplicate");
    case Kind::MissingReference:
        return QStringLiteral("missing-reference");
    case Kind::Constraint:
        return QStringLiteral("constraint");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::Busy:
        return QStringLiteral("busy");
    case Kind::Query:
        return QStringLiteral("query");
    }
    return QStringLiteral("unknown");
}
