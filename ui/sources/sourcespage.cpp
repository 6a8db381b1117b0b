#include "sourcespage.h"

#include "mainwindow/appcontext.h"
#include "models/backgroundjob.h"
#include "models/sourcelistmodel.h"
#include "models/storeactions.h"
#include "secrets/secretstore.h"
#include "sourcedialog.h"
#include "sync/sourceregistry.h"
#include "sync/sourcetype.h"
#include "sync/taskrunner.h"
#include "tasks/taskspanel.h"
#include "widgets/actionsdelegate.h"
#include "widgets/emptystate.h"
#include "widgets/headerstate.h"
#include "widgets/icons.h"
#include "widgets/messagebanner.h"
#include "widgets/tableview.h"
#include "widgets/tagdelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

SourcesPage::SourcesPage(AppContext *context, SourceListModel *model, QWidget *parent)
    : Page(parent)
    , m_context(context)
    , m_model(model)
    , m_view(new TableView(this))
    , m_actions(new ActionsDelegate(this))
    , m_tasks(new TasksPanel(context, this))
    , m_empty(new EmptyState(this))
    , m_banner(new MessageBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_addButton(new QToolButton(this))
    , m_addMenu(new QMenu(this))
    , m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("SourcesPage"));
    createActions();

    auto *title = new QLabel(tr("Sync sources"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(
        tr("Where users and departments come from. Sync pulls a source now; Tasks shows its runs."),
        this);
    subtitle->setStyleSheet(QStringLiteral("color: palette(dark);"));

    m_addButton->setObjectName(QStringLiteral("addSourceButton"));
    m_addButton->setText(tr("&Add source"));
    m_addButton->setIcon(Icons::icon(Icons::Glyph::Add));
    m_addButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_addButton->setPopupMode(QToolButton::InstantPopup);
    m_addButton->setMenu(m_addMenu);
    m_addButton->setToolTip(tr("Add a source of one of the installed types (Ctrl+N)"));
    auto *deleteButton = new QToolButton(this);
    deleteButton->setDefaultAction(m_deleteAction);
    deleteButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    deleteButton->setAutoRaise(true);
    auto *refreshButton = new QToolButton(this);
    refreshButton->setIcon(Icons::icon(Icons::Glyph::Refresh));
    refreshButton->setToolTip(tr("Refresh (F5)"));
    refreshButton->setAutoRaise(true);
    connect(refreshButton, &QToolButton::clicked, this, &SourcesPage::refresh);

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(subtitle);
    header->addLayout(titles, 1);
    header->addWidget(refreshButton, 0, Qt::AlignBottom);
    header->addWidget(deleteButton, 0, Qt::AlignBottom);
    header->addWidget(m_addButton, 0, Qt::AlignBottom);

    m_view->setObjectName(QStringLiteral("sourcesView"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions(
        {m_syncAction, m_cancelAction, m_tasksAction, m_configureAction, m_deleteAction});
    auto *lastRun = new TagDelegate(TagDelegate::Kind::Status, this);
    lastRun->setWithDetail(true);
    m_view->setItemDelegateForColumn(SourceListModel::LastRun, lastRun);
    m_actions->setLabel(QStringLiteral("sync"), tr("Sync"));
    m_actions->setLabel(QStringLiteral("cancel"), tr("Cancel"));
    m_actions->setLabel(QStringLiteral("tasks"), tr("Tasks"));
    m_actions->setLabel(QStringLiteral("configure"), tr("Configure"));
    m_actions->setLabel(QStringLiteral("delete"), tr("Delete"), true);
    m_view->setItemDelegateForColumn(SourceListModel::Actions, m_actions);
    connect(m_actions, &ActionsDelegate::triggered, this, &SourcesPage::trigger);
    QHeaderView *columns = m_view->horizontalHeader();
    columns->resizeSection(SourceListModel::Name, 150);
    columns->resizeSection(SourceListModel::Type, 150);
    columns->resizeSection(SourceListModel::Enabled, 70);
    columns->resizeSection(SourceListModel::LastRun, 400);
    // The buttons always fit; the last run takes what is left.
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(SourceListModel::LastRun, QHeaderView::Stretch);
    columns->setSectionResizeMode(SourceListModel::Actions, QHeaderView::ResizeToContents);
    HeaderState::remember(columns, QStringLiteral("sources"));
    connect(m_view, &TableView::activatedRow, this, [this](const QModelIndex &index) {
        const SourceListModel::Row &row = m_model->row(index.row());
        if (row.source.enabled)
            openTasks(row.source.name);
        else
            openConfigure(row.source.name);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SourcesPage::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SourcesPage::updateState);

    m_empty->setObjectName(QStringLiteral("sourcesEmptyState"));
    m_empty->setIcon(Icons::icon(Icons::Glyph::Sources, Icons::accent()));
    m_empty->setTitle(tr("No sync source yet"));
    m_empty->setText(tr("A source brings users and departments from the system that owns them: "
                        "an HR system, LDAP, a CSV export, WeCom… To look around first, add the "
                        "sample directory: a fictional organisation generated on this computer. "
                        "Or let systems push their data to UserSync over the HTTP API."));
    QPushButton *sample = m_empty->addButton(tr("Add a sample directory"), true);
    sample->setObjectName(QStringLiteral("addSampleButton"));
    sample->setIcon(Icons::icon(Icons::Glyph::Sample));
    connect(sample, &QPushButton::clicked, this,
            [this]() { openAdd(QStringLiteral("sample"), QStringLiteral("sample")); });
    m_apiOffer = m_empty->addButton(tr("Enable the HTTP API…"));
    m_apiOffer->setObjectName(QStringLiteral("enableApiButton"));
    m_apiOffer->setIcon(Icons::icon(Icons::Glyph::Api));
    m_apiOffer->hide();
    connect(m_apiOffer, &QPushButton::clicked, this, &SourcesPage::apiSettingsRequested);
    QPushButton *other = m_empty->addButton(tr("Other type…"));
    other->setMenu(m_addMenu);

    m_tasks->hide();
    connect(m_tasks, &TasksPanel::closeRequested, m_tasks, &QWidget::hide);
    connect(m_tasks, &TasksPanel::detailsRequested, this, &SourcesPage::taskDetailsRequested);
    connect(m_tasks, &TasksPanel::message, this,
            [this](const QString &text) { emit message(text, 5000); });
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_tasks);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    m_stack->addWidget(m_splitter);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    connect(m_model, &SourceListModel::loaded, this, &SourcesPage::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SourcesPage::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SourcesPage::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SourcesPage::updateState);
    connect(m_model, &SourceListModel::loadFailed, this, [this](const QString &text) {
        m_banner->showMessage(MessageBanner::Type::Error, text);
    });
    // Picks up tasks of other processes and keeps "5 min ago" current.
    m_poll->setInterval(5000);
    connect(m_poll, &QTimer::timeout, m_model, &SourceListModel::reload);
    rebuildAddMenu();
    updateState();
}

void SourcesPage::createActions()
{
    m_syncAction = new QAction(Icons::icon(Icons::Glyph::Sync), tr("&Sync"), this);
    m_syncAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_syncAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_syncAction, &QAction::triggered, this, [this]() { sync(currentName()); });
    m_cancelAction = new QAction(Icons::icon(Icons::Glyph::Cancel), tr("&Cancel sync"), this);
    connect(m_cancelAction, &QAction::triggered, this, [this]() { cancel(currentName()); });
    m_tasksAction = new QAction(Icons::icon(Icons::Glyph::Tasks), tr("&Tasks"), this);
    m_tasksAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_tasksAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_tasksAction, &QAction::triggered, this, [this]() { openTasks(currentName()); });
    m_configureAction = new QAction(Icons::icon(Icons::Glyph::Configure), tr("C&onfigure…"), this);
    m_configureAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_configureAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_configureAction, &QAction::triggered, this,
            [this]() { openConfigure(currentName()); });
    m_deleteAction = new QAction(Icons::icon(Icons::Glyph::Delete), tr("&Delete"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteAction, &QAction::triggered, this,
            [this]() { confirmDelete(selectedNames()); });
    for (QAction *action :
         {m_syncAction, m_cancelAction, m_tasksAction, m_configureAction, m_deleteAction})
        addAction(action);
}

void SourcesPage::rebuildAddMenu()
{
    m_addMenu->clear();
    if (!m_context->sourceTypes)
        return;
    for (const SourceType *type : m_context->sourceTypes->all()) {
        QAction *action = m_addMenu->addAction(
            Icons::icon(type->key() == QLatin1String("api")          ? Icons::Glyph::Api
                            : type->key() == QLatin1String("sample") ? Icons::Glyph::Sample
                                                                     : Icons::Glyph::Sources),
            type->title());
        action->setObjectName(QStringLiteral("add_%1").arg(type->key()));
        action->setToolTip(type->description());
        action->setStatusTip(type->description());
        const QString key = type->key();
        connect(action, &QAction::triggered, this, [this, key]() { openAdd(key); });
    }
    if (m_addMenu->isEmpty())
        m_addMenu->addAction(tr("No source type is installed"))->setEnabled(false);
}

void SourcesPage::setApiOfferVisible(bool visible)
{
    m_apiOffer->setVisible(visible);
}

void SourcesPage::storeOpened()
{
    if (!m_runnerConnected && m_context->runner) {
        m_runnerConnected = true;
        connect(m_context->runner, &TaskRunner::refused, this,
                [this](quint64 id, TaskRefusal, const QString &text) {
                    if (!m_syncRequests.contains(id))
                        return;
                    m_syncRequests.remove(id);
                    m_banner->showMessage(MessageBanner::Type::Error, text);
                });
        connect(m_context->runner, &TaskRunner::started, this,
                [this](quint64 id, const SyncTask &task) {
                    if (!m_syncRequests.contains(id))
                        return;
                    m_syncRequests.remove(id);
                    emit message(tr("The synchronization of “%1” has started (batch %2). Tasks "
                                    "shows how it goes.")
                                     .arg(task.sourceName, task.batch),
                                 8000);
                });
    }
    m_tasks->storeOpened();
    m_model->reload();
    m_poll->start();
    updateState();
}

void SourcesPage::refresh()
{
    m_model->reload();
    if (m_tasks->isVisible())
        m_tasks->refresh();
}

void SourcesPage::focusSearch()
{
    m_view->setFocus(Qt::ShortcutFocusReason);
}

void SourcesPage::showAddMenu()
{
    m_addButton->showMenu();
}

QString SourcesPage::currentName() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->row(index.row()).source.name : QString();
}

QStringList SourcesPage::selectedNames() const
{
    QStringList names;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        names << m_model->row(index.row()).source.name;
    if (names.isEmpty() && !currentName().isEmpty())
        names << currentName();
    return names;
}

void SourcesPage::updateState()
{
    const bool ready = m_context->storeReady;
    m_addButton->setEnabled(ready);
    const bool empty = m_model->isLoaded() && m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_splitter);
    const int row = m_model->rowOfName(currentName());
    const bool has = row >= 0;
    const QStringList actions =
        has ? SourceListModel::actionsFor(m_model->row(row)) : QStringList();
    m_syncAction->setEnabled(ready && actions.contains(QStringLiteral("sync")));
    m_cancelAction->setEnabled(ready && actions.contains(QStringLiteral("cancel")));
    m_tasksAction->setEnabled(ready && actions.contains(QStringLiteral("tasks")));
    m_configureAction->setEnabled(ready && has);
    m_deleteAction->setEnabled(ready && !selectedNames().isEmpty());
    // The tasks of a source that was deleted or disabled are not shown.
    if (m_tasks->isVisible() && m_model->isLoaded()) {
        const int shown = m_model->rowOfSource(m_tasks->sourceId());
        if (shown < 0 || !m_model->row(shown).source.enabled)
            m_tasks->hide();
    }
}

void SourcesPage::trigger(const QModelIndex &index, const QString &key)
{
    m_view->setCurrentIndex(index.siblingAtColumn(0));
    const QString name = m_model->row(index.row()).source.name;
    if (key == QLatin1String("sync"))
        sync(name);
    else if (key == QLatin1String("cancel"))
        cancel(name);
    else if (key == QLatin1String("tasks"))
        openTasks(name);
    else if (key == QLatin1String("configure"))
        openConfigure(name);
    else if (key == QLatin1String("delete"))
        confirmDelete({name});
}

void SourcesPage::sync(const QString &sourceName)
{
    if (sourceName.isEmpty() || !m_context->runner)
        return;
    m_banner->hide();
    const quint64 request = m_context->runner->start(TaskRequest::sync(sourceName));
    m_syncRequests.insert(request, sourceName);
}

void SourcesPage::cancel(const QString &sourceName)
{
    const int row = m_model->rowOfName(sourceName);
    if (row < 0)
        return;
    const QString batch = m_model->row(row).lastTask.batch;
    m_tasks->cancel(batch);
}

void SourcesPage::openTasks(const QString &sourceName)
{
    const int row = m_model->rowOfName(sourceName);
    if (row < 0 || !m_model->row(row).source.enabled)
        return;
    m_tasks->showSource(m_model->row(row).source.id, sourceName);
    m_tasks->show();
    m_view->setCurrentIndex(m_model->index(row, 0));
}

SourceDialog *SourcesPage::openConfigure(const QString &sourceName)
{
    const int row = m_model->rowOfName(sourceName);
    if (row < 0 || !m_context->sourceTypes)
        return nullptr;
    const SyncSource source = m_model->row(row).source;
    const SourceType *type = m_context->sourceTypes->find(source.sourceType);
    if (!type) {
        m_banner->showMessage(MessageBanner::Type::Warning,
                              tr("Source “%1” has the type “%2”, which this UserSync does not "
                                 "know. Install the plugin that provides it to configure it.")
                                  .arg(source.name, source.sourceType));
        return nullptr;
    }
    auto *dialog = new SourceDialog(m_context, type, source, this);
    connect(dialog, &SourceDialog::saved, this, [this](const SyncSource &saved, bool) {
        emit message(tr("Source “%1” saved.").arg(saved.name), 5000);
        m_model->reload();
    });
    dialog->open();
    return dialog;
}

SourceDialog *SourcesPage::openAdd(const QString &typeKey, const QString &presetName)
{
    const SourceType *type =
        m_context->sourceTypes ? m_context->sourceTypes->find(typeKey) : nullptr;
    if (!type || !m_context->storeReady)
        return nullptr;
    SyncSource source;
    source.sourceType = type->key();
    if (!presetName.isEmpty()) {
        QString name = presetName;
        for (int n = 2; m_model->rowOfName(name) >= 0; ++n)
            name = QStringLiteral("%1-%2").arg(presetName).arg(n);
        source.name = name;
        source.enabled = true; // the quick start: Save, then Sync
    }
    auto *dialog = new SourceDialog(m_context, type, source, this);
    connect(dialog, &SourceDialog::saved, this, [this](const SyncSource &saved, bool) {
        emit message(tr("Source “%1” added.%2")
                         .arg(saved.name,
                              saved.enabled ? tr(" Click Sync to run it.")
                                            : tr(" Enable it in Configure to sync it.")),
                     8000);
        m_model->reload();
        // Select the new row once it is there.
        auto *once = new QObject(this);
        connect(m_model, &SourceListModel::loaded, once, [this, once, name = saved.name]() {
            const int row = m_model->rowOfName(name);
            if (row >= 0)
                m_view->setCurrentIndex(m_model->index(row, 0));
            once->deleteLater();
        });
    });
    dialog->open();
    return dialog;
}

void SourcesPage::confirmDelete(const QStringList &sourceNames)
{
    if (sourceNames.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete sources"), QString(),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmDelete"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (sourceNames.size() == 1)
        box->setText(tr("Delete the source “%1”?").arg(sourceNames.constFirst()));
    else
        box->setText(tr("Delete these %1 sources?").arg(sourceNames.size()));
    box->setInformativeText(
        tr("Their task history and keyring entries are removed. The users and departments they "
           "synced stay in the directory."));
    if (sourceNames.size() > 1)
        box->setDetailedText(sourceNames.join(QLatin1Char('\n')));
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(remove, &QPushButton::clicked, this,
            [this, sourceNames]() { deleteSources(sourceNames); });
    box->open();
}

void SourcesPage::deleteSources(const QStringList &names)
{
    for (const QString &name : names) {
        const int row = m_model->rowOfName(name);
        if (row < 0)
            continue;
        const SyncSource source = m_model->row(row).source;
        StoreActions::removeSource(
            m_context->database, source.id, this, [this, source](StoreError error) {
                if (error) {
                    m_banner->showMessage(MessageBanner::Type::Error, error.message());
                    return;
                }
                removeSecrets(source);
                emit message(tr("Source “%1” deleted.").arg(source.name), 5000);
                m_model->reload();
            });
    }
}

void SourcesPage::removeSecrets(const SyncSource &source)
{
    const SourceType *type =
        m_context->sourceTypes ? m_context->sourceTypes->find(source.sourceType) : nullptr;
    if (!type || !m_context->secrets)
        return;
    for (const OptionField &field : type->optionSchema()) {
        if (field.kind == OptionField::Kind::Secret)
            m_context->secrets->remove(SecretStore::sourceSecretKey(source.name, field.key), this,
                                       [](const SecretResult &) {});
    }
}
