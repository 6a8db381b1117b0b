#pragma once
// What the engine tests share: the reference push bodies of DESIGN §4 and small readers of a
// task's outcomes.
#include "engineharness.h"
#include "store/membership.h"
#include "store/taskresultrepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace EngineTestData {
inline QJsonObject body(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

inline const char *departmentsPush = R"({"dataType":"department","records":[
 {"uid":"d-root","title":"Acme Corp"},
 {"uid":"d-eng","title":"Engineering","parentUid":"d-root"},
 {"uid":"d-sales","title":"Sales","parentUid":"d-root"},
 {"uid":"d-backend","title":"Backend","parentUid":"d-eng"},
 {"uid":"d-frontend","title":"Frontend","parentUid":"d-eng"}]})";

inline const char *usersPush = R"({"dataType":"user","matchKey":"email","records":[
 {"uid":"u1","nickname":"Alice","username":"alice","email":"alice@example.com","phone":"13800000001","departments":[{"uid":"d-backend","isMain":true,"isOwner":true}]},
 {"uid":"u2","nickname":"Bob","username":"bob","email":"bob@example.com","departments":["d-backend","d-frontend"]},
 {"uid":"u3","nickname":"Carol","username":"carol","email":"carol@example.com","departments":[{"uid":"d-sales","isMain":true}]},
 {"uid":"u4","nickname":"Dave","username":"dave","email":"dave@example.com","departments":[{"uid":"d-root","isOwner":true,"isMain":true}]},
 {"uid":"u5","nickname":"Eve","username":"eve","email":"eve@example.com"}]})";

inline QHash<qint64, Membership> byDepartment(const QList<Membership> &list)
{
    QHash<qint64, Membership> map;
    for (const Membership &m : list)
        map.insert(m.departmentId, m);
    return map;
}

inline int countOf(const SyncTask &task, const char *resource, const char *action)
{
    return task.counts.value(QLatin1String(resource))
        .toObject()
        .value(QLatin1String(action))
        .toInt();
}

inline QList<TaskResult> outcomes(EngineHarness &h, const SyncTask &task,
                                  const QString &action = {})
{
    auto list = TaskResultRepository(h.db()).forTask(task.id, task.attempt, action);
    return list ? *list : QList<TaskResult>();
}
} // namespace EngineTestData
