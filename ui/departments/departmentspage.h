#pragma once

#include "widgets/page.h"

#include <QSet>

struct AppContext;
class DepartmentMemberModel;
class DepartmentTreeModel;
class QLabel;
class QSortFilterProxyModel;
class QTreeView;
class SearchField;
class TableView;

// The departments tree (read-only) with member counts, and the members of the selected
// department with owner and main-department marks.
class DepartmentsPage : public Page
{
    Q_OBJECT

public:
    explicit DepartmentsPage(AppContext *context, QWidget *parent = nullptr);

    void storeOpened() override;
    void refresh() override;
    void focusSearch() override;

    DepartmentTreeModel *treeModel() const { return m_tree; }
    DepartmentMemberModel *memberModel() const { return m_members; }
    QTreeView *treeView() const { return m_treeView; }
    TableView *membersView() const { return m_membersView; }

private:
    void rememberExpanded();
    void restoreExpanded();
    void showMembers();

    AppContext *m_context;
    DepartmentTreeModel *m_tree;
    QSortFilterProxyModel *m_proxy;
    DepartmentMemberModel *m_members;
    SearchField *m_filter;
    QLabel *m_count;
    QTreeView *m_treeView;
    QLabel *m_membersTitle;
    TableView *m_membersView;
    QSet<qint64> m_expanded;
    qint64 m_selected = 0;
};
