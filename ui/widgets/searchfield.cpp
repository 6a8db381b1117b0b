#include "searchfield.h"

#include "icons.h"

#include <QKeyEvent>
#include <QTimer>

SearchField::SearchField(QWidget *parent)
    : QLineEdit(parent)
    , m_timer(new QTimer(this))
{
    setClearButtonEnabled(true);
    addAction(Icons::icon(Icons::Glyph::Search), QLineEdit::LeadingPosition);
    m_timer->setSingleShot(true);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &SearchField::fire);
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            fire();
        else
            m_timer->start();
    });
    connect(this, &QLineEdit::returnPressed, this, &SearchField::fire);
}

void SearchField::setDelay(int ms)
{
    m_timer->setInterval(ms);
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void SearchField::fire()
{
    m_timer->stop();
    if (text() == m_last)
        return;
    m_last = text();
    emit searchChanged(m_last);
}
