#include "sqlitenative.h"

#include "connection.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

sqlite3 *SqliteNative::handle(Connection &connection)
{
    if (connection.isPostgres())
        return nullptr;
    const QVariant native = connection.database().driver()->handle();
    if (qstrcmp(native.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(native.constData());
}

namespace {
void contains(sqlite3_context *context, int, sqlite3_value **arguments)
{
    const auto text = static_cast<const QChar *>(sqlite3_value_text16(arguments[0]));
    const auto needle = static_cast<const QChar *>(sqlite3_value_text16(arguments[1]));
    if (!text || !needle) {
        sqlite3_result_int(context, 0);
        return;
    }
    const QString value =
        QString::fromRawData(text, sqlite3_value_bytes16(arguments[0]) / 2).toCaseFolded();
    const QStringView wanted(needle, sqlite3_value_bytes16(arguments[1]) / 2);
    sqlite3_result_int(context, value.contains(wanted) ? 1 : 0);
}
} // namespace

bool SqliteNative::addFunctions(sqlite3 *db)
{
    return db
        && sqlite3_create_function_v2(db, "usersync_contains", 2,
                                      SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                      nullptr, contains, nullptr, nullptr, nullptr)
        == SQLITE_OK;
}

bool SqliteNative::bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    int code = SQLITE_OK;
    switch (value.metaType().id()) {
    case QMetaType::UnknownType:
        code = sqlite3_bind_null(statement, index);
        break;
    case QMetaType::QString: {
        const QByteArray text = value.toString().toUtf8();
        code = sqlite3_bind_text(statement, index, text.constData(), int(text.size()),
                                 SQLITE_TRANSIENT);
        break;
    }
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        code = value.isNull() ? sqlite3_bind_null(statement, index)
                              : sqlite3_bind_blob(statement, index, bytes.constData(),
                                                  int(bytes.size()), SQLITE_TRANSIENT);
        break;
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        code = value.isNull() ? sqlite3_bind_null(statement, index)
                              : sqlite3_bind_int64(statement, index, value.toLongLong());
        break;
    case QMetaType::Double:
        code = value.isNull() ? sqlite3_bind_null(statement, index)
                              : sqlite3_bind_double(statement, index, value.toDouble());
        break;
    default: {
        if (value.isNull()) {
            code = sqlite3_bind_null(statement, index);
            break;
        }
        const QByteArray text = value.toString().toUtf8();
        code = sqlite3_bind_text(statement, index, text.constData(), int(text.size()),
                                 SQLITE_TRANSIENT);
        break;
    }
    }
    return code == SQLITE_OK;
}

StoreError SqliteNative::lastError(sqlite3 *db, const QString &context)
{
    const QString text = QString::fromUtf8(sqlite3_errmsg(db));
    return StoreError::fromSql(QSqlError(text, text, QSqlError::StatementError,
                                         QString::number(sqlite3_extended_errcode(db))),
                               context);
}
