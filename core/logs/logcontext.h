#pragma once

#include <QString>

// The sync source and batch the current thread is working for. SystemLog stamps them on every
// line, so the log viewer can show what one task logged without every qWarning() naming it.
//
//     LogContext::Scope scope(source.name, task.batch);
//     qCWarning(lcSync) << "…"; // → {"source": "hr", "batch": "20240501…", …}
class LogContext
{
public:
    static QString source();
    static QString batch();

    // Sets the context for the lifetime of the object and restores the previous one after it.
    // Scopes nest (LIFO) and belong to the thread that made them.
    class Scope
    {
    public:
        Scope(const QString &source, const QString &batch);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        friend class LogContext;
        QString m_source;
        QString m_batch;
        const Scope *m_previous;
    };
};
