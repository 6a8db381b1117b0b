#pragma once

#include "store/result.h"
#include "store/storeerror.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

class Connection;
class TaskState;

// What the departments resource knows during one task, loaded once and kept current as pages
// change it: which department each uid of the source produced, and every department's parent
// and title (for cycle checks and messages). Lives in the task's TaskState.
class DepartmentDirectory
{
public:
    static DepartmentDirectory &of(TaskState &state);

    StoreError load(Connection &connection, const QString &sourceName);
    bool isLoaded() const { return m_loaded; }

    qint64 idOf(const QString &uid) const { return m_idByUid.value(uid, 0); }
    // The departments these uids of the source produced, leaving out uids with none (or whose
    // department was deleted by hand). From memory once loaded; otherwise only these uids are
    // looked up, so that a page of users does not load every department of the source (that
    // was a third of the time of a pushed page of 500 users with 5,000 departments).
    Result<QHash<QString, qint64>> idsOf(Connection &connection, const QString &sourceName,
                                         const QSet<QString> &uids) const;
    QString uidOf(qint64 id) const { return m_uidById.value(id); }
    bool exists(qint64 id) const { return m_parent.contains(id); }
    qint64 parentOf(qint64 id) const { return m_parent.value(id, 0); }
    QString titleOf(qint64 id) const { return m_title.value(id); }
    QList<qint64> childrenOf(qint64 id) const;

    // True when making `parent` the parent of `id` would close a loop; *path then reads
    // "A → B → A" for the message.
    bool wouldCycle(qint64 id, qint64 parent, QString *path) const;

    void added(qint64 id, const QString &uid, const QString &title, qint64 parent);
    void moved(qint64 id, qint64 parent) { m_parent.insert(id, parent); }
    void renamed(qint64 id, const QString &title) { m_title.insert(id, title); }
    void removed(qint64 id);

    // Uids created in this task: children that waited for them at the top level get placed.
    QSet<QString> &createdUids() { return m_createdUids; }
    // uid → parentUid of departments whose parent was not known when their page was applied.
    QHash<QString, QString> &pendingParents() { return m_pendingParents; }
    // Uids whose own record came in this task: they were placed by that record, not by waiting.
    QSet<QString> &recordUids() { return m_recordUids; }

    // Sets is_leaf from the actual children of these departments.
    static StoreError refreshLeaves(Connection &connection, const QSet<qint64> &ids);

private:
    bool m_loaded = false;
    QHash<QString, qint64> m_idByUid;
    QHash<qint64, QString> m_uidById;
    QHash<qint64, qint64> m_parent; // every department of the directory; 0 = top level
    QHash<qint64, QString> m_title;
    QSet<QString> m_createdUids;
    QHash<QString, QString> m_pendingParents;
    QSet<QString> m_recordUids;
};
