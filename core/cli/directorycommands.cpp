#include "directorycommands.h"

#include "clicontext.h"
#include "clijson.h"
#include "exitcode.h"
#include "store/connection.h"
#include "store/directoryreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DirectoryCommands", text);
}
} // namespace

namespace DirectoryCommands {

int users(CliContext &context, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return context.usageError(tr("users takes no arguments."));
    int exitCode = ExitCode::Done;
    Connection *db = context.connection(&exitCode);
    if (!db)
        return exitCode;
    // Streamed: one user per line of the JSON array, so a million users never sit in memory.
    bool first = true;
    if (context.json())
        context.out(QStringLiteral("["));
    else
        context.out(tr("ID\tNICKNAME\tUSERNAME\tEMAIL\tPHONE\tDEPARTMENTS\n"));
    StoreError error =
        DirectoryReader(*db).forEachUser([&](const DirectoryReader::UserEntry &entry) {
            if (context.json()) {
                context.out(QString::fromUtf8(
                    (first ? QByteArray("\n") : QByteArray(",\n"))
                    + QJsonDocument(CliJson::user(entry)).toJson(QJsonDocument::Compact)));
            } else {
                QStringList departments;
                for (const auto &m : entry.departments)
                    departments << m.title + (m.isMain ? QStringLiteral("*") : QString())
                            + (m.isOwner ? QStringLiteral(" (owner)") : QString());
                const User &u = entry.user;
                context.out(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                                .arg(u.id)
                                .arg(u.nickname, u.username, u.email, u.phone,
                                     departments.join(QStringLiteral(", "))));
            }
            first = false;
            return true;
        });
    if (context.json())
        context.out(first ? QStringLiteral("]\n") : QStringLiteral("\n]\n"));
    if (error)
        return context.storeFailure(error);
    return ExitCode::Done;
}

int departments(CliContext &context, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return context.usageError(tr("departments takes no arguments."));
    int exitCode = ExitCode::Done;
    Connection *db = context.connection(&exitCode);
    if (!db)
        return exitCode;
    QList<DirectoryReader::DepartmentEntry> all;
    if (StoreError error = DirectoryReader(*db).forEachDepartment(
            [&](const DirectoryReader::DepartmentEntry &entry) {
                all << entry;
                return true;
            }))
        return context.storeFailure(error);
    if (context.json()) {
        QJsonArray array;
        for (const auto &entry : std::as_const(all))
            array.append(CliJson::department(entry));
        context.printJson(array);
        return ExitCode::Done;
    }
    // A tree: children under their parent, by sort then title.
    QHash<qint64, QList<int>> children;
    for (int i = 0; i < all.size(); ++i)
        children[all.at(i).department.parentId] << i;
    for (QList<int> &list : children) {
        std::sort(list.begin(), list.end(), [&](int a, int b) {
            const Department &x = all.at(a).department;
            const Department &y = all.at(b).department;
            return x.sort != y.sort ? x.sort < y.sort : x.title < y.title;
        });
    }
    QString text;
    std::function<void(qint64, int)> print = [&](qint64 parent, int depth) {
        for (int index : children.value(parent)) {
            const Department &d = all.at(index).department;
            text += QString(depth * 2, QLatin1Char(' ')) + d.title
                + tr(" (#%1, %2 members)").arg(d.id).arg(all.at(index).memberCount)
                + QLatin1Char('\n');
            print(d.id, depth + 1);
        }
    };
    print(0, 0);
    context.out(text);
    return ExitCode::Done;
}

} // namespace DirectoryCommands
