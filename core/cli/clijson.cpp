#include "clijson.h"

#include "sync/sourcetype.h"

namespace CliJson {

QJsonValue time(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs))
                           : QJsonValue(QJsonValue::Null);
}

QJsonObject task(const SyncTask &task)
{
    QJsonObject counts;
    for (const QString &resource : {QStringLiteral("users"), QStringLiteral("departments")}) {
        QJsonObject actions = task.counts.value(resource).toObject();
        for (const char *key :
             {"created", "updated", "unchanged", "deleted", "failed", "skipped"}) {
            if (!actions.contains(QLatin1String(key)))
                actions.insert(QLatin1String(key), 0);
        }
        counts.insert(resource, actions);
    }
    for (auto it = task.counts.constBegin(); it != task.counts.constEnd(); ++it) {
        if (!counts.contains(it.key()))
            counts.insert(it.key(), it.value());
    }
    return QJsonObject{{QStringLiteral("batch"), task.batch},
                       {QStringLiteral("source"), task.sourceName},
                       {QStringLiteral("status"), TaskStatusText::key(task.status)},
                       {QStringLiteral("message"), task.message},
                       {QStringLiteral("attempt"), task.attempt},
                       {QStringLiteral("costMs"),
                        task.costMs < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(task.costMs)},
                       {QStringLiteral("createdAt"), time(task.createdAt)},
                       {QStringLiteral("startedAt"), time(task.startedAt)},
                       {QStringLiteral("finishedAt"), time(task.finishedAt)},
                       {QStringLiteral("recordsDone"), task.recordsDone},
                       {QStringLiteral("counts"), counts}};
}

QJsonObject result(const TaskResult &result)
{
    return QJsonObject{{QStringLiteral("dataType"), result.dataType},
                       {QStringLiteral("uid"), result.uid},
                       {QStringLiteral("resource"), result.resource},
                       {QStringLiteral("action"), RecordActionText::key(result.action)},
                       {QStringLiteral("message"), result.message}};
}

QJsonObject source(const SyncSource &source, const SyncTask *lastTask)
{
    QJsonObject object{{QStringLiteral("id"), source.id},
                       {QStringLiteral("name"), source.name},
                       {QStringLiteral("type"), source.sourceType},
                       {QStringLiteral("displayName"), source.displayName},
                       {QStringLiteral("enabled"), source.enabled},
                       {QStringLiteral("options"), source.options},
                       {QStringLiteral("sort"), source.sort},
                       {QStringLiteral("createdAt"), time(source.createdAt)},
                       {QStringLiteral("updatedAt"), time(source.updatedAt)}};
    object.insert(QStringLiteral("lastTask"),
                  lastTask && lastTask->id ? QJsonValue(task(*lastTask))
                                           : QJsonValue(QJsonValue::Null));
    return object;
}

QJsonObject sourceType(const SourceType &type)
{
    QJsonArray options;
    for (const OptionField &field : type.optionSchema()) {
        QJsonObject option{{QStringLiteral("key"), field.key},
                           {QStringLiteral("label"), field.label},
                           {QStringLiteral("kind"), OptionField::kindName(field.kind)},
                           {QStringLiteral("required"), field.required},
                           {QStringLiteral("help"), field.help}};
        if (field.defaultValue.isValid())
            option.insert(QStringLiteral("default"), QJsonValue::fromVariant(field.defaultValue));
        if (!field.choices.isEmpty())
            option.insert(QStringLiteral("choices"), QJsonArray::fromStringList(field.choices));
        options.append(option);
    }
    return QJsonObject{{QStringLiteral("key"), type.key()},
                       {QStringLiteral("title"), type.title()},
                       {QStringLiteral("description"), type.description()},
                       {QStringLiteral("canPull"), type.canPull()},
                       {QStringLiteral("options"), options}};
}

namespace {
QJsonArray links(const QList<DirectoryReader::Link> &list)
{
    QJsonArray array;
    for (const DirectoryReader::Link &link : list)
        array.append(QJsonObject{{QStringLiteral("source"), link.source},
                                 {QStringLiteral("uid"), link.uid}});
    return array;
}
} // namespace

QJsonObject user(const DirectoryReader::UserEntry &entry)
{
    QJsonArray departments;
    for (const DirectoryReader::UserMembership &m : entry.departments) {
        departments.append(QJsonObject{{QStringLiteral("id"), m.departmentId},
                                       {QStringLiteral("title"), m.title},
                                       {QStringLiteral("isOwner"), m.isOwner},
                                       {QStringLiteral("isMain"), m.isMain}});
    }
    const User &u = entry.user;
    return QJsonObject{{QStringLiteral("id"), u.id},
                       {QStringLiteral("nickname"), u.nickname},
                       {QStringLiteral("username"), u.username},
                       {QStringLiteral("email"), u.email},
                       {QStringLiteral("phone"), u.phone},
                       {QStringLiteral("enabled"), u.enabled},
                       {QStringLiteral("departments"), departments},
                       {QStringLiteral("custom"), u.custom},
                       {QStringLiteral("links"), links(entry.links)}};
}

QJsonObject department(const DirectoryReader::DepartmentEntry &entry)
{
    const Department &d = entry.department;
    return QJsonObject{{QStringLiteral("id"), d.id},
                       {QStringLiteral("title"), d.title},
                       {QStringLiteral("parentId"),
                        d.parentId ? QJsonValue(d.parentId) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("isLeaf"), d.isLeaf},
                       {QStringLiteral("sort"), d.sort},
                       {QStringLiteral("memberCount"), entry.memberCount},
                       {QStringLiteral("custom"), d.custom},
                       {QStringLiteral("links"), links(entry.links)}};
}

} // namespace CliJson
