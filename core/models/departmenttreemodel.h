#pragma once

#include "store/databaseconfig.h"
#include "store/directoryreader.h"

#include <QAbstractItemModel>
#include <QHash>

// The departments tree, read-only, loaded in one background job. Each department shows its own
// members and the members of its whole subtree.
class DepartmentTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Title, Members, AllMembers, Source, ColumnCount };

    explicit DepartmentTreeModel(QObject *parent = nullptr);

    void setDatabase(const DatabaseConfig &config);
    void reload();
    bool isLoaded() const { return m_loaded; }
    int departmentCount() const { return int(m_nodes.size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    qint64 departmentId(const QModelIndex &index) const;
    QString title(const QModelIndex &index) const;
    QModelIndex indexOfDepartment(qint64 id) const;

signals:
    void loaded();
    void loadFailed(const QString &message);

private:
    struct Node
    {
        DirectoryReader::DepartmentEntry entry;
        int parent = -1; // index in m_nodes, -1 for top level
        int row = 0; // position among its siblings
        QList<int> children;
        qint64 subtreeMembers = 0;
    };
    void build(QList<DirectoryReader::DepartmentEntry> entries);
    const QList<int> &childrenOf(int node) const;

    DatabaseConfig m_database;
    QList<Node> m_nodes;
    QList<int> m_roots;
    QHash<qint64, int> m_byId;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_reloadAgain = false;
};
