#include "logcontext.h"

namespace {
// A plain pointer to the innermost Scope on this thread: trivially destructible, so a message
// logged while a thread shuts down never touches a destroyed thread_local QString.
thread_local const LogContext::Scope *t_current = nullptr;
} // namespace

QString LogContext::source()
{
    return t_current ? t_current->m_source : QString();
}

QString LogContext::batch()
{
    return t_current ? t_current->m_batch : QString();
}

LogContext::Scope::Scope(const QString &source, const QString &batch)
    : m_source(source)
    , m_batch(batch)
    , m_previous(t_current)
{
    t_current = this;
}

LogContext::Scope::~Scope()
{
    t_current = m_previous;
}
