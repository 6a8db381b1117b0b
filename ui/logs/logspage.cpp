#include "logspage.h"

#include "logs/logentry.h"
#include "logs/logfiles.h"
#include "mainwindow/appcontext.h"
#include "models/displaytext.h"
#include "models/logmodel.h"
#include "models/sourcelistmodel.h"
#include "widgets/headerstate.h"
#include "widgets/icons.h"
#include "widgets/searchfield.h"
#include "widgets/tableview.h"
#include "widgets/tagdelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollBar>
#include <QSplitter>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

LogsPage::LogsPage(AppContext *context, QWidget *parent)
    : Page(parent)
    , m_context(context)
    , m_model(new LogModel(this))
    , m_view(new TableView(this))
    , m_kind(new QComboBox(this))
    , m_day(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_batch(new QLineEdit(this))
    , m_text(new SearchField(this))
    , m_follow(new QCheckBox(tr("&Follow"), this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("LogsPage"));
    m_model->setDirectories(context->dataDir.systemLogDir(), context->dataDir.rawLogDir());

    auto *title = new QLabel(tr("Logs"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_kind->setObjectName(QStringLiteral("logKind"));
    m_kind->addItem(tr("System log"), LogEntry::System);
    m_kind->addItem(tr("Raw records"), LogEntry::Raw);
    m_kind->setToolTip(tr("The application's own log, or the records every sync pulled or "
                          "received, as they arrived"));
    m_day->setObjectName(QStringLiteral("logDay"));
    m_day->setMinimumContentsLength(11);
    m_level->setObjectName(QStringLiteral("logLevel"));
    m_level->addItem(tr("All levels"), QString());
    m_level->addItem(tr("Info and above"), QStringLiteral("info"));
    m_level->addItem(tr("Warnings and errors"), QStringLiteral("warning"));
    m_level->addItem(tr("Errors only"), QStringLiteral("critical"));
    m_source->setObjectName(QStringLiteral("logSource"));
    m_source->addItem(tr("All sources"), QString());
    m_source->setMinimumContentsLength(10);
    m_batch->setObjectName(QStringLiteral("logBatch"));
    m_batch->setPlaceholderText(tr("Batch"));
    m_batch->setClearButtonEnabled(true);
    m_batch->setMaximumWidth(200);
    m_text->setObjectName(QStringLiteral("logText"));
    m_text->setPlaceholderText(tr("Search the lines (Ctrl+F)"));
    m_follow->setObjectName(QStringLiteral("logFollow"));
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Show new lines as they are written and keep the newest in view"));
    auto *folder = new QToolButton(this);
    folder->setIcon(Icons::icon(Icons::Glyph::Folder));
    folder->setText(tr("Open folder"));
    folder->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    folder->setAutoRaise(true);
    folder->setToolTip(tr("Open the folder of this log in the file manager"));
    connect(folder, &QToolButton::clicked, this, &LogsPage::openFolder);

    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch();
    top->addWidget(m_follow);
    top->addWidget(folder);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kind);
    filters->addWidget(m_day);
    filters->addWidget(m_level);
    filters->addWidget(m_source);
    filters->addWidget(m_batch);
    filters->addWidget(m_text, 1);

    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(LogModel::Level,
                                     new TagDelegate(TagDelegate::Kind::Level, this));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *header = m_view->horizontalHeader();
    header->resizeSection(LogModel::Time, 150);
    header->resizeSection(LogModel::Level, 84);
    header->resizeSection(LogModel::Source, 100);
    header->resizeSection(LogModel::Batch, 176);
    header->resizeSection(LogModel::Origin, 120);
    HeaderState::remember(header, QStringLiteral("logs"));

    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setPlaceholderText(tr("Select a line to see all of it."));
    m_details->setObjectName(QStringLiteral("logDetails"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    m_progress->setMaximumWidth(200);
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("logStatus"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_progress);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    for (QComboBox *combo : {m_kind, m_day, m_level, m_source})
        connect(combo, &QComboBox::activated, this, &LogsPage::applyFilter);
    connect(m_batch, &QLineEdit::editingFinished, this, &LogsPage::applyFilter);
    connect(m_batch, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applyFilter();
    });
    connect(m_text, &SearchField::searchChanged, this, &LogsPage::applyFilter);
    connect(m_follow, &QCheckBox::toggled, m_model, &LogModel::setFollowing);
    connect(m_model, &LogModel::progressChanged, this, &LogsPage::updateStatus);
    connect(m_model, &LogModel::loadingChanged, this, &LogsPage::updateStatus);
    connect(m_model, &LogModel::sourcesChanged, this, &LogsPage::updateSources);
    connect(m_model, &LogModel::loaded, this, &LogsPage::updateDays);
    // The newest line is selected after a (re)load, so its full text shows at once.
    connect(m_model, &LogModel::loaded, this, [this]() {
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0) {
            m_view->setCurrentIndex(m_model->index(m_model->rowCount() - 1, 0));
            m_view->scrollToBottom();
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this]() {
        m_details->clear();
        m_shownOffset = -1;
    });
    // Follow: remember whether the newest line was in view before rows arrive, keep it so after.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this]() {
        QScrollBar *bar = m_view->verticalScrollBar();
        m_atBottom = bar->value() >= bar->maximum() - 2;
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this]() {
        if (m_follow->isChecked() && m_atBottom)
            m_view->scrollToBottom();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const LogScanner::Line &line = m_model->line(current.row());
                m_shownFile = line.file;
                m_shownOffset = line.offset;
                m_details->setPlainText(line.message);
                m_model->requestLine(current.row());
            });
    connect(m_model, &LogModel::lineReady, this,
            [this](const QString &file, qint64 offset, const QString &text) {
                if (file == m_shownFile && offset == m_shownOffset)
                    m_details->setPlainText(text);
            });
    if (context->sources)
        connect(context->sources, &SourceListModel::loaded, this, &LogsPage::updateSources);
    updateDays();
}

void LogsPage::storeOpened()
{
    updateSources();
}

void LogsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (!m_started) {
        m_started = true; // nothing is read until the page is first shown
        applyFilter();
    }
}

void LogsPage::refresh()
{
    updateDays();
    applyFilter();
}

void LogsPage::focusSearch()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void LogsPage::setKind(const QString &kind)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
    applyFilter();
}

void LogsPage::showBatch(const QString &batch)
{
    m_kind->setCurrentIndex(m_kind->findData(LogEntry::System));
    m_day->setCurrentIndex(0);
    m_level->setCurrentIndex(0);
    m_source->setCurrentIndex(0);
    m_text->clear();
    m_batch->setText(batch);
    m_started = true;
    applyFilter();
}

void LogsPage::applyFilter()
{
    if (!m_started)
        return;
    LogFilter filter;
    filter.kind = m_kind->currentData().toString();
    filter.minimumLevel = m_level->currentData().toString();
    filter.source = m_source->currentData().toString();
    filter.batch = m_batch->text().trimmed();
    filter.text = m_text->text().trimmed();
    const QDate day = m_day->currentData().toDate();
    const LogFilter &current = m_model->filter();
    if (m_model->rowCount() > 0 || m_model->isLoading() || m_model->bytesTotal() > 0) {
        if (current.kind == filter.kind && current.minimumLevel == filter.minimumLevel
            && current.source == filter.source && current.batch == filter.batch
            && current.text == filter.text && m_model->day() == day)
            return;
    }
    m_model->setFollowing(m_follow->isChecked());
    m_model->setFilter(filter, day);
}

void LogsPage::updateStatus()
{
    const bool loading = m_model->isLoading();
    m_progress->setVisible(loading && m_model->bytesTotal() > 0);
    if (m_model->bytesTotal() > 0) {
        m_progress->setMaximum(1000);
        m_progress->setValue(int(m_model->bytesDone() * 1000 / m_model->bytesTotal()));
    }
    QString text;
    const qint64 shown = m_model->rowCount();
    if (loading)
        text = tr("Reading %1 of %2 MB… %3 lines so far")
                   .arg(QLocale().toString(double(m_model->bytesDone()) / 1048576.0, 'f', 1),
                        QLocale().toString(double(m_model->bytesTotal()) / 1048576.0, 'f', 1),
                        DisplayText::number(shown));
    else if (m_model->bytesTotal() == 0)
        text = tr("No log lines here yet.");
    else
        text = tr("Lines: %1").arg(DisplayText::number(shown));
    if (m_model->matchedCount() > shown)
        text += QLatin1Char(' ')
            + tr("(the newest %1 of %2 matching lines: narrow the filter to see older ones)")
                  .arg(DisplayText::number(shown), DisplayText::number(m_model->matchedCount()));
    m_status->setText(text);
}

void LogsPage::updateSources()
{
    QStringList names = m_model->sourcesSeen();
    if (m_context->sources) {
        for (int row = 0; row < m_context->sources->rowCount(); ++row) {
            const QString name = m_context->sources->row(row).source.name;
            if (!names.contains(name))
                names << name;
        }
    }
    std::sort(names.begin(), names.end());
    const QString current = m_source->currentData().toString();
    const QSignalBlocker blocker(m_source);
    while (m_source->count() > 1)
        m_source->removeItem(1);
    for (const QString &name : std::as_const(names))
        m_source->addItem(name, name);
    m_source->setCurrentIndex(qMax(0, m_source->findData(current)));
}

void LogsPage::updateDays()
{
    const QDate current = m_day->currentData().toDate();
    const QSignalBlocker blocker(m_day);
    m_day->clear();
    m_day->addItem(tr("All days"), QDate());
    QList<QDate> days;
    for (const QString &dir : {m_context->dataDir.systemLogDir(), m_context->dataDir.rawLogDir()}) {
        for (const QString &file : LogFiles::datedFiles(dir)) {
            const QDate date = LogFiles::dateOf(file);
            if (!days.contains(date))
                days << date;
        }
    }
    std::sort(days.begin(), days.end(), std::greater<>());
    const QDate today = QDate::currentDate();
    for (const QDate &date : std::as_const(days)) {
        const QString label = date == today ? tr("Today")
            : date == today.addDays(-1)     ? tr("Yesterday")
                                            : QLocale().toString(date, QLocale::ShortFormat);
        m_day->addItem(label, date);
    }
    m_day->setCurrentIndex(qMax(0, m_day->findData(current)));
}

void LogsPage::openFolder()
{
    const QString dir = m_model->directory();
    QDir().mkpath(dir);
    QDesktopServices::openUrl(QUrl::fromLocalFile(dir));
}
