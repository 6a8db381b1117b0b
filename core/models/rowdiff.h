#pragma once

#include <QList>
#include <QSet>

// Turns an old list of row keys into a new one with removes, inserts and in-place updates, so a
// reloaded list keeps the selection and scroll position of the rows that stayed. Rows that moved
// relative to each other cannot be expressed this way; then `reset` is set.
namespace RowDiff {
struct Step
{
    enum class Kind { Remove, Insert, Update };
    Kind kind;
    int row; // where in the list being edited
    int from; // Insert/Update: index in the new list
};

struct Plan
{
    bool reset = false;
    QList<Step> steps;
};

template<typename Key>
Plan plan(const QList<Key> &oldKeys, const QList<Key> &newKeys)
{
    Plan result;
    const QSet<Key> oldSet(oldKeys.cbegin(), oldKeys.cend());
    const QSet<Key> newSet(newKeys.cbegin(), newKeys.cend());
    if (oldSet.size() != oldKeys.size() || newSet.size() != newKeys.size()) {
        result.reset = true; // duplicate keys: no safe mapping
        return result;
    }
    QList<Key> work = oldKeys;
    int i = 0;
    int j = 0;
    while (j < newKeys.size()) {
        if (i < work.size() && work.at(i) == newKeys.at(j)) {
            result.steps.append({Step::Kind::Update, i, j});
            ++i;
            ++j;
        } else if (i < work.size() && !newSet.contains(work.at(i))) {
            result.steps.append({Step::Kind::Remove, i, -1});
            work.removeAt(i);
        } else if (!oldSet.contains(newKeys.at(j))) {
            result.steps.append({Step::Kind::Insert, i, j});
            work.insert(i, newKeys.at(j));
            ++i;
            ++j;
        } else {
            result.reset = true;
            result.steps.clear();
            return result;
        }
    }
    while (i < work.size()) {
        result.steps.append({Step::Kind::Remove, i, -1});
        work.removeAt(i);
    }
    return result;
}
} // namespace RowDiff
