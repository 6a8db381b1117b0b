#include "departmentspage.h"

#include "mainwindow/appcontext.h"
#include "models/departmentmembermodel.h"
#include "models/departmenttreemodel.h"
#include "models/displaytext.h"
#include "models/modelroles.h"
#include "widgets/headerstate.h"
#include "widgets/icons.h"
#include "widgets/searchfield.h"
#include "widgets/tableview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

DepartmentsPage::DepartmentsPage(AppContext *context, QWidget *parent)
    : Page(parent)
    , m_context(context)
    , m_tree(new DepartmentTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_members(new DepartmentMemberModel(this))
    , m_filter(new SearchField(this))
    , m_count(new QLabel(this))
    , m_treeView(new QTreeView(this))
    , m_membersTitle(new QLabel(this))
    , m_membersView(new TableView(this))
{
    setObjectName(QStringLiteral("DepartmentsPage"));
    auto *title = new QLabel(tr("Departments"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_filter->setObjectName(QStringLiteral("departmentFilter"));
    m_filter->setPlaceholderText(tr("Find a department (Ctrl+F)"));
    m_filter->setDelay(150);
    m_count->setStyleSheet(QStringLiteral("color: palette(dark);"));
    auto *refresh = new QToolButton(this);
    refresh->setIcon(Icons::icon(Icons::Glyph::Refresh));
    refresh->setToolTip(tr("Refresh (F5)"));
    refresh->setAutoRaise(true);
    connect(refresh, &QToolButton::clicked, this, &DepartmentsPage::refresh);
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(16);
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    top->addWidget(refresh);

    m_proxy->setSourceModel(m_tree);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(DepartmentTreeModel::Title);
    m_treeView->setObjectName(QStringLiteral("departmentTree"));
    m_treeView->setModel(m_proxy);
    m_treeView->setUniformRowHeights(true);
    m_treeView->setAlternatingRowColors(true);
    m_treeView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_treeView->setDragEnabled(false);
    m_treeView->setAnimated(true);
    m_treeView->setStyleSheet(QStringLiteral("QTreeView::item { padding: 4px 0; }"));
    QHeaderView *treeHeader = m_treeView->header();
    treeHeader->setStretchLastSection(false);
    treeHeader->setSectionResizeMode(DepartmentTreeModel::Title, QHeaderView::Stretch);
    treeHeader->resizeSection(DepartmentTreeModel::Members, 76);
    treeHeader->resizeSection(DepartmentTreeModel::AllMembers, 70);
    treeHeader->resizeSection(DepartmentTreeModel::Source, 90);
    treeHeader->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    HeaderState::remember(treeHeader, QStringLiteral("departmentTree"));

    QFont bold = m_membersTitle->font();
    bold.setBold(true);
    m_membersTitle->setFont(bold);
    m_membersTitle->setObjectName(QStringLiteral("membersTitle"));
    m_membersView->setObjectName(QStringLiteral("membersView"));
    m_membersView->setModel(m_members);
    QHeaderView *memberHeader = m_membersView->horizontalHeader();
    memberHeader->resizeSection(DepartmentMemberModel::Name, 150);
    memberHeader->resizeSection(DepartmentMemberModel::Username, 130);
    memberHeader->resizeSection(DepartmentMemberModel::Owner, 60);
    memberHeader->resizeSection(DepartmentMemberModel::Main, 60);
    memberHeader->setStretchLastSection(false);
    memberHeader->setSectionResizeMode(DepartmentMemberModel::Email, QHeaderView::Stretch);
    HeaderState::remember(memberHeader, QStringLiteral("departmentMembers"));
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_membersTitle);
    rightLayout->addWidget(m_membersView, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_treeView);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({540, 560});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_filter, &SearchField::searchChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_treeView->expandAll();
    });
    connect(m_tree, &QAbstractItemModel::modelAboutToBeReset, this,
            &DepartmentsPage::rememberExpanded);
    connect(m_tree, &DepartmentTreeModel::loaded, this, [this]() {
        restoreExpanded();
        m_count->setText(tr("Departments: %1").arg(DisplayText::number(m_tree->departmentCount())));
    });
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DepartmentsPage::showMembers);
    connect(m_members, &DepartmentMemberModel::loaded, this, &DepartmentsPage::showMembers);
    m_membersTitle->setText(tr("Select a department to see its members."));
}

void DepartmentsPage::storeOpened()
{
    m_tree->setDatabase(m_context->database);
    m_members->setDatabase(m_context->database);
    m_tree->reload();
}

void DepartmentsPage::refresh()
{
    m_tree->reload();
    m_members->setDepartment(m_selected);
}

void DepartmentsPage::focusSearch()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void DepartmentsPage::rememberExpanded()
{
    m_expanded.clear();
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
            const QModelIndex index = m_proxy->index(row, 0, parent);
            if (m_treeView->isExpanded(index)) {
                m_expanded.insert(index.data(ModelRoles::Id).toLongLong());
                walk(index);
            }
        }
    };
    walk({});
}

void DepartmentsPage::restoreExpanded()
{
    if (m_expanded.isEmpty()) {
        m_treeView->expandToDepth(0); // first look: the top level opened
    } else {
        for (qint64 id : std::as_const(m_expanded))
            m_treeView->expand(m_proxy->mapFromSource(m_tree->indexOfDepartment(id)));
    }
    const QModelIndex selected = m_proxy->mapFromSource(m_tree->indexOfDepartment(m_selected));
    if (selected.isValid())
        m_treeView->setCurrentIndex(selected);
    else if (m_proxy->rowCount() > 0 && !m_treeView->currentIndex().isValid())
        m_treeView->setCurrentIndex(m_proxy->index(0, 0));
}

void DepartmentsPage::showMembers()
{
    const QModelIndex current = m_proxy->mapToSource(m_treeView->currentIndex());
    const qint64 id = m_tree->departmentId(current);
    if (id != m_selected || (id != 0 && m_members->departmentId() != id)) {
        m_selected = id;
        m_members->setDepartment(id);
        return; // loaded() calls back with the count
    }
    if (!id) {
        m_membersTitle->setText(tr("Select a department to see its members."));
        return;
    }
    const QModelIndex countIndex = current.siblingAtColumn(DepartmentTreeModel::Members);
    m_membersTitle->setText(
        tr("Members of “%1” (%2)").arg(m_tree->title(current), countIndex.data().toString()));
}
