#pragma once

#include <QHash>
#include <QString>

#include <functional>
#include <memory>

// Scratch space that lives as long as one task, shared by all its pages. Resources keep their
// caches here (resource objects themselves are shared by every task and thread).
//
// A page that rolls back must not leave its in-memory traces behind, so the state can be
// checkpointed before a page and restored after a failure. Slot types must be copyable; Qt's
// implicitly shared containers make a checkpoint cheap until something changes.
class TaskState
{
public:
    template<typename T>
    T &slot(const QString &key)
    {
        Entry &entry = m_slots[key];
        if (!entry.value) {
            entry.value = std::make_shared<T>();
            entry.clone = [](const std::shared_ptr<void> &value) -> std::shared_ptr<void> {
                return std::make_shared<T>(*static_cast<const T *>(value.get()));
            };
        }
        return *static_cast<T *>(entry.value.get());
    }

    class Checkpoint
    {
        friend class TaskState;
        QHash<QString,
              std::pair<std::shared_ptr<void>,
                        std::function<std::shared_ptr<void>(const std::shared_ptr<void> &)>>>
            m_copy;
    };

    Checkpoint checkpoint() const
    {
        Checkpoint saved;
        for (auto it = m_slots.constBegin(); it != m_slots.constEnd(); ++it)
            saved.m_copy.insert(it.key(), {it.value().clone(it.value().value), it.value().clone});
        return saved;
    }
    void restore(const Checkpoint &saved)
    {
        m_slots.clear();
        for (auto it = saved.m_copy.constBegin(); it != saved.m_copy.constEnd(); ++it)
            m_slots.insert(it.key(), Entry{it.value().first, it.value().second});
    }
    void clear() { m_slots.clear(); }

private:
    struct Entry
    {
        std::shared_ptr<void> value;
        std::function<std::shared_ptr<void>(const std::shared_ptr<void> &)> clone;
    };
    QHash<QString, Entry> m_slots;
};
