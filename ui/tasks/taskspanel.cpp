#include "taskspanel.h"

#include "mainwindow/appcontext.h"
#include "models/backgroundjob.h"
#include "models/displaytext.h"
#include "models/tasklistmodel.h"
#include "sync/taskrunner.h"
#include "taskchart.h"
#include "widgets/actionsdelegate.h"
#include "widgets/headerstate.h"
#include "widgets/icons.h"
#include "widgets/messagebanner.h"
#include "widgets/tableview.h"
#include "widgets/tagdelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QToolButton *toolButton(const QIcon &icon, const QString &text, const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setIcon(icon);
    button->setText(text);
    button->setToolTip(tip);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}
} // namespace

TasksPanel::TasksPanel(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new TaskListModel(this))
    , m_view(new TableView(this))
    , m_actions(new ActionsDelegate(this))
    , m_chart(new TaskChart(this))
    , m_banner(new MessageBanner(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("TasksPanel"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_summary->setStyleSheet(QStringLiteral("color: palette(dark);"));

    m_retry = toolButton(Icons::icon(Icons::Glyph::Retry), tr("&Retry"),
                         tr("Run the selected failed, partial or cancelled task again under the "
                            "same batch"),
                         this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_cancel = toolButton(Icons::icon(Icons::Glyph::Cancel), tr("Cancel"),
                          tr("Stop the selected task after its current page"), this);
    m_details = toolButton(Icons::icon(Icons::Glyph::Details), tr("&Details"),
                           tr("Per-record outcomes of the selected task (Enter)"), this);
    auto *refresh = toolButton(Icons::icon(Icons::Glyph::Refresh), QString(), tr("Refresh"), this);
    refresh->setToolButtonStyle(Qt::ToolButtonIconOnly);
    auto *close = toolButton(QIcon(), QStringLiteral("✕"), tr("Close the tasks"), this);
    close->setToolButtonStyle(Qt::ToolButtonTextOnly);
    close->setObjectName(QStringLiteral("closeTasks"));
    connect(m_retry, &QToolButton::clicked, this, [this]() {
        bool ok = false;
        const SyncTask task = currentTask(&ok);
        if (ok)
            retry(task.batch);
    });
    connect(m_cancel, &QToolButton::clicked, this, [this]() {
        bool ok = false;
        const SyncTask task = currentTask(&ok);
        if (ok)
            cancel(task.batch);
    });
    connect(m_details, &QToolButton::clicked, this, [this]() {
        bool ok = false;
        const SyncTask task = currentTask(&ok);
        if (ok)
            emit detailsRequested(task);
    });
    connect(refresh, &QToolButton::clicked, this, &TasksPanel::refresh);
    connect(close, &QToolButton::clicked, this, &TasksPanel::closeRequested);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(8);
    header->addWidget(m_summary, 1);
    header->addWidget(m_retry);
    header->addWidget(m_cancel);
    header->addWidget(m_details);
    header->addWidget(refresh);
    header->addWidget(close);

    m_view->setObjectName(QStringLiteral("tasksView"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(TaskListModel::Status,
                                     new TagDelegate(TagDelegate::Kind::Status, this));
    m_actions->setLabel(QStringLiteral("details"), tr("Details"));
    m_actions->setLabel(QStringLiteral("retry"), tr("Retry"));
    m_actions->setLabel(QStringLiteral("cancel"), tr("Cancel"));
    m_view->setItemDelegateForColumn(TaskListModel::Actions, m_actions);
    connect(m_actions, &ActionsDelegate::triggered, this, &TasksPanel::trigger);
    QHeaderView *columns = m_view->horizontalHeader();
    const QList<QPair<int, int>> widths = {
        {TaskListModel::Batch, 172},   {TaskListModel::Status, 92},
        {TaskListModel::Created, 66},  {TaskListModel::Updated, 66},
        {TaskListModel::Deleted, 62},  {TaskListModel::Failed, 54},
        {TaskListModel::Duration, 72}, {TaskListModel::StartedAt, 142},
        {TaskListModel::Attempt, 60}};
    for (const auto &[column, width] : widths)
        columns->resizeSection(column, width);
    // The message takes the room that is left; its full text is under the list and in a tooltip.
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(TaskListModel::Message, QHeaderView::Stretch);
    columns->setSectionResizeMode(TaskListModel::Actions, QHeaderView::ResizeToContents);
    HeaderState::remember(columns, QStringLiteral("tasks"));
    connect(m_view, &TableView::activatedRow, this, [this](const QModelIndex &index) {
        emit detailsRequested(m_model->task(index.row()));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TasksPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TasksPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TasksPanel::updateButtons);
    connect(m_model, &TaskListModel::loaded, this, [this]() {
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
        m_summary->setText(tr("Runs: %1").arg(DisplayText::number(m_model->totalCount())));
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first) {
                if (first == 0) // a new run: follow it
                    m_view->setCurrentIndex(m_model->index(0, 0));
                m_summary->setText(tr("Runs: %1").arg(DisplayText::number(m_model->totalCount())));
            });
    connect(m_model, &TaskListModel::loadFailed, this, [this](const QString &text) {
        m_banner->showMessage(MessageBanner::Type::Error, text);
    });

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setObjectName(QStringLiteral("taskMessage"));
    m_message->setMinimumHeight(m_message->fontMetrics().height() * 2);
    m_message->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_view, 1);
    topLayout->addWidget(m_message);
    m_chart->setModel(m_model);
    m_chart->setObjectName(QStringLiteral("taskChart"));
    // The chart goes under the list: a run history reads best wide.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({300, 210});
    splitter->setChildrenCollapsible(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    m_poll->setInterval(5000);
    connect(m_poll, &QTimer::timeout, m_model, &TaskListModel::reload);
    updateButtons();
}

void TasksPanel::storeOpened()
{
    m_model->setDatabase(m_context->database);
    m_model->setRunner(m_context->runner);
}

void TasksPanel::showSource(qint64 sourceId, const QString &sourceName)
{
    m_title->setText(tr("Tasks of “%1”").arg(sourceName));
    m_banner->hide();
    m_model->setSource(sourceId, sourceName);
}

qint64 TasksPanel::sourceId() const
{
    return m_model->sourceId();
}

void TasksPanel::refresh()
{
    m_model->reload();
}

SyncTask TasksPanel::currentTask(bool *ok) const
{
    const QModelIndex index = m_view->currentIndex();
    *ok = index.isValid() && index.row() < m_model->rowCount();
    return *ok ? m_model->task(index.row()) : SyncTask();
}

void TasksPanel::updateButtons()
{
    bool ok = false;
    const SyncTask task = currentTask(&ok);
    m_retry->setEnabled(ok && TaskStatusText::isRetryable(task.status) && m_context->runner);
    m_cancel->setEnabled(ok && !TaskStatusText::isFinished(task.status) && m_context->runner);
    m_details->setEnabled(ok);
    if (!ok) {
        m_message->setText(m_model->isLoaded() && m_model->rowCount() == 0
                               ? tr("This source has not run yet. Click Sync to start its "
                                    "first task.")
                               : QString());
        return;
    }
    m_message->setText(QStringLiteral("<b>%1</b> %2")
                           .arg(TaskStatusText::title(task.status).toHtmlEscaped(),
                                m_model->index(m_view->currentIndex().row(), TaskListModel::Message)
                                    .data(Qt::DisplayRole)
                                    .toString()
                                    .toHtmlEscaped()));
}

void TasksPanel::trigger(const QModelIndex &index, const QString &key)
{
    m_view->setCurrentIndex(index.siblingAtColumn(0));
    const SyncTask &task = m_model->task(index.row());
    if (key == QLatin1String("details"))
        emit detailsRequested(task);
    else if (key == QLatin1String("retry"))
        retry(task.batch);
    else if (key == QLatin1String("cancel"))
        cancel(task.batch);
}

void TasksPanel::retry(const QString &batch)
{
    if (!m_context->runner)
        return;
    m_banner->hide();
    const quint64 request = m_context->runner->start(TaskRequest::retry(batch));
    auto *guard = new QObject(this);
    connect(m_context->runner, &TaskRunner::refused, guard,
            [this, guard, request](quint64 id, TaskRefusal, const QString &text) {
                if (id != request)
                    return;
                m_banner->showMessage(MessageBanner::Type::Error, text);
                guard->deleteLater();
            });
    connect(m_context->runner, &TaskRunner::started, guard,
            [this, guard, request, batch](quint64 id, const SyncTask &) {
                if (id != request)
                    return;
                emit message(tr("Retrying batch %1.").arg(batch));
                guard->deleteLater();
            });
}

void TasksPanel::cancel(const QString &batch)
{
    TaskRunner *runner = m_context->runner;
    if (!runner)
        return;
    if (runner->isRunning(batch)) {
        runner->cancel(batch);
        emit message(tr("Cancelling batch %1 after its current page…").arg(batch));
        return;
    }
    // A task of another process: the request goes through the database, off this thread.
    BackgroundJob::run<bool>(
        this, [runner, batch]() { return runner->cancel(batch); },
        [this, batch](bool asked) {
            if (asked)
                emit message(tr("Asked the process running batch %1 to stop.").arg(batch));
            else
                m_banner->showMessage(MessageBanner::Type::Warning,
                                      tr("Batch %1 is not running any more.").arg(batch));
            m_model->reload();
        });
}

void TasksPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_poll->start();
}

void TasksPanel::hideEvent(QHideEvent *event)
{
    m_poll->stop();
    QWidget::hideEvent(event);
}
