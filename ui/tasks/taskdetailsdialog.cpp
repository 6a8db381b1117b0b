#include "taskdetailsdialog.h"

#include "mainwindow/appcontext.h"
#include "models/displaytext.h"
#include "models/taskresultexport.h"
#include "models/taskresultmodel.h"
#include "store/recordaction.h"
#include "sync/taskrunner.h"
#include "widgets/headerstate.h"
#include "widgets/icons.h"
#include "widgets/messagebanner.h"
#include "widgets/searchfield.h"
#include "widgets/statusstyle.h"
#include "widgets/tableview.h"
#include "widgets/tagdelegate.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

TaskDetailsDialog::TaskDetailsDialog(AppContext *context, const SyncTask &task, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_model(new TaskResultModel(this))
    , m_banner(new MessageBanner(this))
    , m_status(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_count(new QLabel(this))
    , m_attempt(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_search(new SearchField(this))
    , m_view(new TableView(this))
    , m_recordNote(new QLabel(this))
    , m_record(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("TaskDetailsDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_model->setDatabase(context->database);

    QFont big = m_status->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_status->setFont(big);
    m_status->setTextFormat(Qt::RichText);
    m_summary->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("taskDetailsMessage"));

    auto *logsLink = new QLabel(QStringLiteral("<a href=\"#logs\">%1</a>")
                                    .arg(tr("Show this task in the log viewer").toHtmlEscaped()),
                                this);
    logsLink->setObjectName(QStringLiteral("logsLink"));
    connect(logsLink, &QLabel::linkActivated, this,
            [this]() { emit showLogsRequested(m_task.batch); });

    auto *top = new QGridLayout;
    top->addWidget(m_status, 0, 0);
    top->addWidget(logsLink, 0, 1, Qt::AlignRight);
    top->addWidget(m_summary, 1, 0, 1, 2);
    top->addWidget(m_message, 2, 0, 1, 2);

    m_attempt->setObjectName(QStringLiteral("attemptFilter"));
    m_attempt->setToolTip(tr("A retry keeps the outcomes of each attempt apart"));
    m_action->setObjectName(QStringLiteral("actionFilter"));
    m_action->setMinimumContentsLength(16);
    m_search->setObjectName(QStringLiteral("resultSearch"));
    m_search->setPlaceholderText(tr("Search UID or message"));
    m_search->setMinimumWidth(240);
    auto *exportCsv = new QPushButton(Icons::icon(Icons::Glyph::Export), tr("Export CSV…"), this);
    auto *exportJson = new QPushButton(Icons::icon(Icons::Glyph::Export), tr("Export JSON…"), this);
    exportCsv->setAutoDefault(false);
    exportJson->setAutoDefault(false);
    connect(exportCsv, &QPushButton::clicked, this, [this]() { chooseExportFile(false); });
    connect(exportJson, &QPushButton::clicked, this, [this]() { chooseExportFile(true); });
    auto *filters = new QHBoxLayout;
    auto *attemptLabel = new QLabel(tr("&Attempt:"), this);
    attemptLabel->setBuddy(m_attempt);
    auto *actionLabel = new QLabel(tr("&Outcome:"), this);
    actionLabel->setBuddy(m_action);
    filters->addWidget(attemptLabel);
    filters->addWidget(m_attempt);
    filters->addSpacing(8);
    filters->addWidget(actionLabel);
    filters->addWidget(m_action);
    filters->addSpacing(8);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    filters->addSpacing(8);
    filters->addWidget(exportCsv);
    filters->addWidget(exportJson);

    m_view->setObjectName(QStringLiteral("resultsView"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(TaskResultModel::Action,
                                     new TagDelegate(TagDelegate::Kind::Action, this));
    QHeaderView *header = m_view->horizontalHeader();
    header->resizeSection(TaskResultModel::Action, 100);
    header->resizeSection(TaskResultModel::DataType, 100);
    header->resizeSection(TaskResultModel::Uid, 150);
    header->resizeSection(TaskResultModel::Resource, 110);
    HeaderState::remember(header, QStringLiteral("taskResults"));

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_record->setFont(mono);
    m_record->setReadOnly(true);
    m_record->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_record->setObjectName(QStringLiteral("recordView"));
    m_record->setPlaceholderText(tr("Select a record to see what the source sent."));
    m_recordNote->setWordWrap(true);
    m_recordNote->setStyleSheet(QStringLiteral("color: palette(dark);"));
    auto *recordPane = new QWidget(this);
    auto *recordLayout = new QVBoxLayout(recordPane);
    recordLayout->setContentsMargins(0, 0, 0, 0);
    auto *recordTitle = new QLabel(
        QStringLiteral("<b>%1</b>").arg(tr("Source record").toHtmlEscaped()), recordPane);
    recordLayout->addWidget(recordTitle);
    recordLayout->addWidget(m_recordNote);
    recordLayout->addWidget(m_record, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(recordPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({640, 400});

    auto *close = new QPushButton(tr("Close"), this);
    close->setAutoDefault(false);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    resize(1100, 680);

    connect(m_model, &TaskResultModel::countsChanged, this, &TaskDetailsDialog::updateActionLabels);
    connect(m_model, &TaskResultModel::countsChanged, this, &TaskDetailsDialog::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TaskDetailsDialog::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first) {
                if (first == 0 && !m_view->currentIndex().isValid())
                    m_view->setCurrentIndex(m_model->index(0, 0));
            });
    connect(m_model, &TaskResultModel::loadFailed, this, [this](const QString &text) {
        m_banner->showMessage(MessageBanner::Type::Error, text);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                m_shownRecord = m_model->result(current.row()).id;
                m_record->setPlainText(tr("Loading…"));
                m_model->requestRecord(current.row());
            });
    connect(m_model, &TaskResultModel::recordReady, this,
            [this](qint64 id, const QString &json, bool fromOrigin) {
                if (id != m_shownRecord)
                    return;
                m_record->setPlainText(json.isEmpty() ? tr("No record was kept for this outcome.")
                                                      : json);
                m_recordNote->setText(fromOrigin
                                          ? tr("The latest version this source sent for this UID.")
                                          : tr("The record exactly as this task received it."));
            });
    connect(m_action, &QComboBox::currentIndexChanged, this, &TaskDetailsDialog::applyFilter);
    connect(m_attempt, &QComboBox::currentIndexChanged, this, &TaskDetailsDialog::applyFilter);
    connect(m_search, &SearchField::searchChanged, this, &TaskDetailsDialog::applyFilter);
    if (context->runner) {
        connect(context->runner, &TaskRunner::finished, this,
                [this](quint64, const SyncTask &finished, const QJsonObject &) {
                    if (finished.id == m_task.id)
                        setTask(finished);
                });
        connect(context->runner, &TaskRunner::started, this,
                [this](quint64, const SyncTask &started) {
                    if (started.id == m_task.id)
                        setTask(started);
                });
    }
    setTask(task);
    m_view->setFocus();
}

void TaskDetailsDialog::setTask(const SyncTask &task)
{
    m_task = task;
    setWindowTitle(tr("Task %1 — %2").arg(task.batch, task.sourceName));
    const TagColors colors = StatusStyle::forStatus(TaskStatusText::key(task.status));
    m_status->setText(QStringLiteral("<span style=\"color:%1\">%2</span> &nbsp;%3")
                          .arg(colors.text.name(),
                               TaskStatusText::title(task.status).toHtmlEscaped(),
                               tr("Batch %1").arg(task.batch).toHtmlEscaped()));
    QStringList summary;
    summary << tr("Source “%1”").arg(task.sourceName);
    summary << tr("attempt %1").arg(task.attempt);
    if (task.startedAt.isValid())
        summary << tr("started %1").arg(DisplayText::dateTime(task.startedAt));
    if (task.costMs >= 0)
        summary << tr("took %1").arg(DisplayText::duration(task.costMs));
    const QString counts = DisplayText::countsShort(task.counts);
    if (!counts.isEmpty())
        summary << counts;
    m_summary->setText(summary.join(QStringLiteral(" · ")));
    m_message->setText(task.message);
    m_message->setVisible(!task.message.isEmpty());

    const QSignalBlocker blockAttempt(m_attempt);
    m_attempt->clear();
    for (int attempt = task.attempt; attempt >= 1; --attempt)
        m_attempt->addItem(attempt == task.attempt ? tr("%1 (latest)").arg(attempt)
                                                   : QString::number(attempt),
                           attempt);
    m_attempt->setEnabled(task.attempt > 1);
    if (m_action->count() == 0) {
        const QSignalBlocker blockAction(m_action);
        m_action->addItem(tr("All outcomes"), QString());
        for (RecordAction action :
             {RecordAction::Failed, RecordAction::Skipped, RecordAction::Created,
              RecordAction::Updated, RecordAction::Deleted, RecordAction::Unchanged})
            m_action->addItem(RecordActionText::title(action), RecordActionText::key(action));
    }
    applyFilter();
}

void TaskDetailsDialog::setActionFilter(const QString &actionKey)
{
    const int index = m_action->findData(actionKey);
    if (index >= 0)
        m_action->setCurrentIndex(index);
}

void TaskDetailsDialog::applyFilter()
{
    TaskResultFilter filter;
    filter.taskId = m_task.id;
    filter.attempt =
        m_attempt->currentData().isValid() ? m_attempt->currentData().toInt() : m_task.attempt;
    filter.action = m_action->currentData().toString();
    filter.search = m_search->text();
    m_record->clear();
    m_recordNote->clear();
    m_shownRecord = 0;
    m_model->setFilter(filter);
}

void TaskDetailsDialog::updateActionLabels()
{
    // The labels count every outcome, listed or only counted, so they add up to the task's totals.
    QHash<QString, qint64> counts = m_model->actionCounts();
    const QHash<QString, qint64> counted = m_model->countedOnly();
    for (auto it = counted.constBegin(); it != counted.constEnd(); ++it)
        counts[it.key()] += it.value();
    qint64 all = 0;
    for (qint64 n : std::as_const(counts))
        all += n;
    for (int i = 0; i < m_action->count(); ++i) {
        const QString key = m_action->itemData(i).toString();
        const QString title = key.isEmpty()
            ? tr("All outcomes")
            : RecordActionText::title(RecordActionText::fromKey(key));
        m_action->setItemText(
            i,
            tr("%1 (%2)").arg(title, DisplayText::number(key.isEmpty() ? all : counts.value(key))));
    }
}

void TaskDetailsDialog::updateCount()
{
    const qint64 total = m_model->totalCount();
    QString text;
    if (total < 0)
        text = tr("Counting…");
    else if (m_model->rowCount() < total)
        text = tr("%1 of %2 shown")
                   .arg(DisplayText::number(m_model->rowCount()), DisplayText::number(total));
    else
        text = tr("Records: %1").arg(DisplayText::number(total));
    // Records a re-sync found unchanged are counted, not listed one by one (README, "Sync").
    const QString action = m_model->filter().action;
    const qint64 unchanged =
        m_model->countedOnly().value(RecordActionText::key(RecordAction::Unchanged));
    const bool showsUnchanged =
        action.isEmpty() || action == RecordActionText::key(RecordAction::Unchanged);
    if (total >= 0 && unchanged > 0 && showsUnchanged) {
        text += QStringLiteral(" · ")
            + tr("%1 unchanged not listed").arg(DisplayText::number(unchanged));
        m_count->setToolTip(
            tr("These records arrived exactly as last time and every user or department they "
               "made still exists, so the sync left them alone and kept only their number."));
    } else {
        m_count->setToolTip(QString());
    }
    m_count->setText(text);
}

void TaskDetailsDialog::chooseExportFile(bool json)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("usersync-%1-%2.%3")
                             .arg(m_task.sourceName, m_task.batch,
                                  json ? QStringLiteral("json") : QStringLiteral("csv"));
    auto *dialog =
        new QFileDialog(this, json ? tr("Export outcomes as JSON") : tr("Export outcomes as CSV"),
                        QDir(folder).filePath(name));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, json](const QString &path) { exportTo(path, json); });
    dialog->open();
}

void TaskDetailsDialog::exportTo(const QString &path, bool json)
{
    m_banner->showMessage(MessageBanner::Type::Info, tr("Exporting…"));
    TaskResultExport::start(m_context->database, m_model->filter(),
                            {m_task.batch, m_task.sourceName, TaskStatusText::key(m_task.status)},
                            json ? TaskResultExport::Format::Json : TaskResultExport::Format::Csv,
                            path, this, [this, path](Result<qint64> result) {
                                if (!result) {
                                    m_banner->showMessage(MessageBanner::Type::Error,
                                                          result.error().message());
                                    return;
                                }
                                m_banner->showMessage(MessageBanner::Type::Success,
                                                      tr("Exported %1 records to %2.")
                                                          .arg(DisplayText::number(*result),
                                                               QDir::toNativeSeparators(path)));
                                emit exported(path, *result);
                            });
}
