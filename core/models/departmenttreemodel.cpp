#include "departmenttreemodel.h"

#include "displaytext.h"
#include "modelroles.h"
#include "storejob.h"

#include <algorithm>

DepartmentTreeModel::DepartmentTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void DepartmentTreeModel::setDatabase(const DatabaseConfig &config)
{
    m_database = config;
}

void DepartmentTreeModel::reload()
{
    if (!m_database.isValid())
        return;
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    using Entries = QList<DirectoryReader::DepartmentEntry>;
    BackgroundJob::runOnStore<Entries>(
        m_database, this,
        [](Connection &db) -> Result<Entries> {
            Entries entries;
            StoreError error = DirectoryReader(db).forEachDepartment(
                [&](const DirectoryReader::DepartmentEntry &e) {
                    entries << e;
                    return true;
                });
            if (error)
                return error;
            return entries;
        },
        [this](Result<Entries> result) {
            m_loading = false;
            if (!result)
                emit loadFailed(result.error().message());
            else
                build(std::move(*result));
            if (m_reloadAgain) {
                m_reloadAgain = false;
                reload();
            }
        });
}

void DepartmentTreeModel::build(QList<DirectoryReader::DepartmentEntry> entries)
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_byId.clear();
    m_nodes.reserve(entries.size());
    for (DirectoryReader::DepartmentEntry &entry : entries) {
        m_byId.insert(entry.department.id, int(m_nodes.size()));
        Node node;
        node.entry = std::move(entry);
        m_nodes << node;
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        const qint64 parentId = m_nodes.at(i).entry.department.parentId;
        const int parent = parentId ? m_byId.value(parentId, -1) : -1;
        m_nodes[i].parent = parent;
        (parent >= 0 ? m_nodes[parent].children : m_roots) << i;
    }
    const auto bySortThenTitle = [this](int a, int b) {
        const Department &x = m_nodes.at(a).entry.department;
        const Department &y = m_nodes.at(b).entry.department;
        if (x.sort != y.sort)
            return x.sort < y.sort;
        const int byTitle = x.title.localeAwareCompare(y.title);
        return byTitle != 0 ? byTitle < 0 : x.id < y.id;
    };
    std::sort(m_roots.begin(), m_roots.end(), bySortThenTitle);
    for (Node &node : m_nodes)
        std::sort(node.children.begin(), node.children.end(), bySortThenTitle);
    for (int i = 0; i < m_roots.size(); ++i)
        m_nodes[m_roots.at(i)].row = i;
    for (Node &node : m_nodes) {
        for (int i = 0; i < node.children.size(); ++i)
            m_nodes[node.children.at(i)].row = i;
    }
    // Subtree totals bottom-up: walk each node up to the root (trees are shallow).
    for (int i = 0; i < m_nodes.size(); ++i) {
        const qint64 members = m_nodes.at(i).entry.memberCount;
        int at = i;
        int guard = 0;
        while (at >= 0 && guard++ <= m_nodes.size()) {
            m_nodes[at].subtreeMembers += members;
            at = m_nodes.at(at).parent;
        }
    }
    m_loaded = true;
    endResetModel();
    emit loaded();
}

const QList<int> &DepartmentTreeModel::childrenOf(int node) const
{
    return node < 0 ? m_roots : m_nodes.at(node).children;
}

QModelIndex DepartmentTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const int parentNode = parent.isValid() ? int(parent.internalId()) : -1;
    const QList<int> &children = childrenOf(parentNode);
    if (row < 0 || row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex DepartmentTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = m_nodes.at(int(child.internalId())).parent;
    if (parentNode < 0)
        return {};
    return createIndex(m_nodes.at(parentNode).row, 0, quintptr(parentNode));
}

int DepartmentTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent.isValid() ? int(parent.internalId()) : -1).size());
}

int DepartmentTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DepartmentTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes.at(int(index.internalId()));
    const Department &department = node.entry.department;
    if (role == ModelRoles::Id)
        return department.id;
    switch (index.column()) {
    case Title:
        if (role == Qt::DisplayRole || role == ModelRoles::Sort)
            return department.title.isEmpty() ? tr("(untitled #%1)").arg(department.id)
                                              : department.title;
        if (role == Qt::ToolTipRole)
            return tr("%1\nSub-departments: %2").arg(department.title).arg(node.children.size());
        break;
    case Members:
    case AllMembers: {
        const qint64 value =
            index.column() == Members ? node.entry.memberCount : node.subtreeMembers;
        if (role == Qt::DisplayRole)
            return DisplayText::number(value);
        if (role == ModelRoles::Sort)
            return value;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    case Source:
        if (role == Qt::DisplayRole) {
            QStringList names;
            for (const DirectoryReader::Link &link : node.entry.links) {
                if (!names.contains(link.source))
                    names << link.source;
            }
            return names.join(QStringLiteral(", "));
        }
        if (role == Qt::ToolTipRole && !node.entry.links.isEmpty()) {
            QStringList lines;
            for (const DirectoryReader::Link &link : node.entry.links)
                lines << tr("%1: uid %2").arg(link.source, link.uid);
            return lines.join(QLatin1Char('\n'));
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant DepartmentTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == Members || section == AllMembers))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == Members)
        return tr("Members of the department itself");
    if (role == Qt::ToolTipRole && section == AllMembers)
        return tr("Members of the department and of all its sub-departments");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Department");
    case Members:
        return tr("Members");
    case AllMembers:
        return tr("Total");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

qint64 DepartmentTreeModel::departmentId(const QModelIndex &index) const
{
    return index.isValid() ? m_nodes.at(int(index.internalId())).entry.department.id : 0;
}

QString DepartmentTreeModel::title(const QModelIndex &index) const
{
    return index.isValid() ? m_nodes.at(int(index.internalId())).entry.department.title : QString();
}

QModelIndex DepartmentTreeModel::indexOfDepartment(qint64 id) const
{
    const int node = m_byId.value(id, -1);
    if (node < 0)
        return {};
    return createIndex(m_nodes.at(node).row, 0, quintptr(node));
}
