#include "runningtasksindicator.h"

#include "models/displaytext.h"
#include "models/sourcelistmodel.h"
#include "widgets/icons.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QToolButton>

RunningTasksIndicator::RunningTasksIndicator(SourceListModel *sources, QWidget *parent)
    : QWidget(parent)
    , m_sources(sources)
    , m_button(new QToolButton(this))
    , m_bar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("runningTasks"));
    m_button->setAutoRaise(true);
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setIcon(Icons::icon(Icons::Glyph::Sync, Icons::accent()));
    m_bar->setMaximumWidth(140);
    m_bar->setMaximumHeight(12);
    m_bar->setTextVisible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button);
    layout->addWidget(m_bar);
    connect(m_button, &QToolButton::clicked, this, [this]() {
        if (!m_first.isEmpty())
            emit activated(m_first);
    });
    connect(sources, &SourceListModel::runningChanged, this, &RunningTasksIndicator::update);
    update();
}

QString RunningTasksIndicator::text() const
{
    return isVisible() || !m_first.isEmpty() ? m_button->text() : QString();
}

void RunningTasksIndicator::update()
{
    const QList<SourceListModel::Row> running = m_sources->runningRows();
    setVisible(!running.isEmpty());
    if (running.isEmpty()) {
        m_first.clear();
        m_button->setText({});
        return;
    }
    const SourceListModel::Row &first = running.constFirst();
    m_first = first.source.name;
    QStringList lines;
    for (const SourceListModel::Row &row : running)
        lines << tr("%1: %2 records (batch %3)")
                     .arg(row.source.name, DisplayText::number(row.lastTask.recordsDone),
                          row.lastTask.batch);
    m_button->setToolTip(lines.join(QLatin1Char('\n')));
    const qint64 expected = first.ownTask ? first.progress.recordsExpected : -1;
    if (running.size() > 1) {
        m_button->setText(tr("Tasks running: %1").arg(running.size()));
    } else if (expected > 0) {
        m_button->setText(tr("Syncing “%1”: %2 of %3 · %4")
                              .arg(first.source.name,
                                   DisplayText::number(first.lastTask.recordsDone),
                                   DisplayText::number(expected),
                                   DisplayText::rate(first.progress.recordsPerSecond)));
    } else {
        m_button->setText(
            tr("Syncing “%1”: %2 records")
                .arg(first.source.name, DisplayText::number(first.lastTask.recordsDone)));
    }
    if (running.size() == 1 && expected > 0) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(
            int(qBound(qint64(0), first.lastTask.recordsDone * 1000 / expected, qint64(1000))));
    } else {
        m_bar->setRange(0, 0);
    }
}
