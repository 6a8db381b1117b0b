#include "headerstate.h"

#include <QHeaderView>
#include <QSettings>
#include <QTimer>

HeaderState *HeaderState::remember(QHeaderView *header, const QString &key)
{
    return new HeaderState(header, key);
}

HeaderState::HeaderState(QHeaderView *header, const QString &key)
    : QObject(header)
    , m_header(header)
    , m_key(QStringLiteral("views/%1/header").arg(key))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(400);
    connect(m_timer, &QTimer::timeout, this, &HeaderState::save);
    const auto changed = [this]() {
        if (!m_restoring)
            m_timer->start();
    };
    connect(header, &QHeaderView::sectionResized, this, changed);
    connect(header, &QHeaderView::sectionMoved, this, changed);
    connect(header, &QHeaderView::sortIndicatorChanged, this, changed);
    // A model that sets its columns later (or a reset) gets the layout back.
    connect(header, &QHeaderView::sectionCountChanged, this, [this](int, int now) {
        if (now > 0)
            restore();
    });
    restore();
}

void HeaderState::save()
{
    if (m_header->count() == 0)
        return;
    QSettings().setValue(m_key, m_header->saveState());
}

void HeaderState::restore()
{
    const QByteArray state = QSettings().value(m_key).toByteArray();
    if (state.isEmpty() || m_header->count() == 0)
        return;
    m_restoring = true;
    m_header->restoreState(state);
    m_restoring = false;
}
